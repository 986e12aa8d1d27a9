/**
 * The bets view over real services: writing a bet by keyboard, the refusals, editing, deleting
 * with undo, and making a bet from a ranked gap or a card.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { emptyBetDraft, emptyTeamDraft } from '@shared/domain'
import { BetsView } from '../../../../../../renderer/src/features/commit/bets/BetsView'
import { GapRankingView } from '../../../../../../renderer/src/features/compare/gaps/GapRankingView'
import { CardsBoard } from '../../../../../../renderer/src/features/facilitate/cards/CardsBoard'
import { useSession } from '../../../../../../renderer/src/store/context'
import { renderWithServices } from '../../../render'
import { axeViolations, commitFixture } from '../commitFixture'

const room = commitFixture()

beforeEach(async () => {
  await room.open()
  await room.services.edits.addParticipant('Amara Okafor')
  await room.services.edits.addParticipant('Ben Li')
})

function View() {
  const data = useSession((s) => s.data)
  return data ? <BetsView data={data} /> : null
}

function Gaps() {
  const data = useSession((s) => s.data)
  return data ? <GapRankingView data={data} /> : null
}

const stored = () => room.db.bets.where({ workshopId: room.workshop.id }).toArray()
const dialog = () => screen.getByRole('dialog')
const field = (name: string) => within(dialog()).getByLabelText(name) as HTMLInputElement
const betItem = (title: string) => {
  const item = screen.getByRole('heading', { level: 3, name: title }).closest('li')
  if (!item) throw new Error(`no bet "${title}"`)
  return item
}
const facts = (title: string) =>
  [...betItem(title).querySelectorAll('.bet-item__facts > div')].map((d) => d.textContent)

describe('BetsView', () => {
  it('starts empty, and writes a bet by keyboard alone', async () => {
    await room.services.edits.setConsensus('strategy', 'current', 2)
    await room.services.edits.setConsensus('strategy', 'target', 4)
    const user = userEvent.setup()
    const { container } = renderWithServices(<View />, room.services)
    expect(container.querySelector('.commit-empty')?.textContent).toMatch(/^No bets yet/)

    await user.tab()
    const newBet = screen.getByRole('button', { name: 'New bet' })
    expect(document.activeElement).toBe(newBet)
    await user.keyboard('{Enter}')
    expect(dialog().textContent).toMatch(/^New bet/)
    expect(document.activeElement).toBe(field('Title'))
    await user.keyboard('Ship every week{Tab}')
    expect(document.activeElement).toBe(field('Hypothesis'))
    expect(field('Hypothesis').value).toBe('We believe that ')
    await user.keyboard('small wins{Tab}Nobody tests{Tab}Faster{Tab}')
    const owner = field('Owner')
    expect(document.activeElement).toBe(owner)
    const people = document.getElementById(owner.getAttribute('list') ?? '')
    expect([...(people?.querySelectorAll('option') ?? [])].map((o) => o.value)).toEqual([
      'Amara Okafor',
      'Ben Li',
    ])
    await user.keyboard('Ben Li{Tab}This year')
    await user.selectOptions(field('Size'), 'M')
    await user.selectOptions(field('Linked lens'), 'Lens strategy')
    await user.type(field('Review date'), '2025-06-30')
    await user.click(field('Title'))
    await user.keyboard('{Enter}')

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(document.activeElement).toBe(newBet))
    expect(screen.getByRole('status').textContent).toMatch(/Added the bet “Ship every week”\./)
    expect(facts('Ship every week')).toEqual([
      'OwnerBen Li',
      'HorizonThis year',
      'SizeM (medium)',
      'LensLens strategy, gap of 2 levels',
      expect.stringMatching(/^Review.*2025/),
    ])
    expect(await stored()).toMatchObject([
      {
        title: 'Ship every week',
        hypothesis: 'We believe that small wins',
        risk: 'Nobody tests',
        upside: 'Faster',
        owner: 'Ben Li',
        horizon: 'This year',
        size: 'M',
        lensId: 'strategy',
        status: 'proposed',
        reviewDate: '2025-06-30',
      },
    ])
  })

  it('links a bet to the teams on the map it changes, named as the target calls them', async () => {
    const { edits } = room.services
    const shop = await edits.addTeam('today', { ...emptyTeamDraft(), name: 'Web shop' })
    await edits.addTeam('today', { ...emptyTeamDraft(), name: 'IT operations' })
    await edits.startTargetFromToday()
    if (!shop.ok) throw new Error('no team')
    await edits.updateTeam('target', shop.key, { name: 'Checkout' })
    await edits.addTeam('target', { ...emptyTeamDraft(), name: 'Discovery coaching' })
    const user = userEvent.setup()
    const { container } = renderWithServices(<View />, room.services)

    await user.click(screen.getByRole('button', { name: 'New bet' }))
    await user.type(field('Title'), 'Own conversion end to end')
    const teams = within(dialog()).getByRole('group', { name: 'Teams this bet changes' })
    expect(
      within(teams)
        .getAllByRole('checkbox')
        .map((box) => box.parentElement?.textContent),
    ).toEqual(['Checkout', 'Discovery coaching (new in the target)', 'IT operations'])
    await user.click(within(teams).getByRole('checkbox', { name: 'Checkout' }))
    await user.click(within(teams).getByRole('checkbox', { name: /Discovery coaching/ }))
    expect(await axeViolations(dialog())).toEqual([])
    await user.click(within(dialog()).getByRole('button', { name: 'Add bet' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(facts('Own conversion end to end')).toContain('TeamsCheckout, Discovery coaching')
    expect((await stored())[0]?.teamKeys).toHaveLength(2)
    expect(container.textContent).not.toContain('Web shop')
  })

  it(
    'has no accessibility violations: empty, with a bet, and in the form',
    { timeout: 20_000 },
    async () => {
      const user = userEvent.setup()
      const { container } = renderWithServices(<View />, room.services)
      expect(await axeViolations(container)).toEqual([])
      await room.services.edits.addBet({
        ...emptyBetDraft('We believe that'),
        title: 'Ship weekly',
        risk: 'Slower',
        lensId: 'strategy',
        reviewDate: '2025-06-30',
      })
      await screen.findByRole('heading', { name: 'Ship weekly' })
      expect(await axeViolations(container)).toEqual([])
      await user.click(screen.getByRole('button', { name: 'Edit “Ship weekly”' }))
      await user.clear(field('Title'))
      await user.click(within(dialog()).getByRole('button', { name: 'Save bet' }))
      await within(dialog()).findByText('A bet needs a title.')
      expect(await axeViolations(dialog())).toEqual([])
    },
  )

  it('refuses a bet without a title, next to the field, and stores nothing', async () => {
    const user = userEvent.setup()
    renderWithServices(<View />, room.services)
    await user.click(screen.getByRole('button', { name: 'New bet' }))
    await user.click(within(dialog()).getByRole('button', { name: 'Add bet' }))

    const title = field('Title')
    const error = await within(dialog()).findByText('A bet needs a title.')
    expect(title.getAttribute('aria-invalid')).toBe('true')
    expect(title.getAttribute('aria-describedby')?.split(' ')).toContain(error.id)
    expect(document.activeElement).toBe(title)
    expect(await stored()).toEqual([])

    // Typing clears the error; the untouched opening of the hypothesis is not saved.
    await user.type(title, 'Fund teams{Enter}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(await stored()).toMatchObject([{ title: 'Fund teams', hypothesis: '' }])
  })

  it('edits a bet, status too, and gives the focus back to its Edit button', async () => {
    await room.services.edits.addBet({ ...emptyBetDraft(), title: 'Ship weekly', owner: 'Amara' })
    const user = userEvent.setup()
    renderWithServices(<View />, room.services)
    await user.click(screen.getByRole('button', { name: 'Edit “Ship weekly”' }))
    expect(dialog().textContent).toMatch(/^Edit bet/)
    expect(field('Owner').value).toBe('Amara')
    await user.clear(field('Title'))
    await user.type(field('Title'), 'Ship daily')
    await user.selectOptions(field('Status'), 'Committed')
    await user.click(within(dialog()).getByRole('button', { name: 'Save bet' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(betItem('Ship daily').querySelector('.bet-status')?.textContent).toMatch(/^Committed/)
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Edit “Ship daily”' }),
      ),
    )
    expect(await stored()).toMatchObject([{ title: 'Ship daily', status: 'committed' }])

    // Escape closes without saving.
    await user.click(screen.getByRole('button', { name: 'Edit “Ship daily”' }))
    await user.type(field('Title'), ' and nightly{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect((await stored())[0]?.title).toBe('Ship daily')
  })

  it('deletes a bet with its dots, and Undo brings both back', async () => {
    await room.services.edits.addBet({ ...emptyBetDraft(), title: 'Keep me' })
    await room.services.edits.addBet({ ...emptyBetDraft(), title: 'Delete me' })
    const [bet] = (await stored()).filter((b) => b.title === 'Delete me')
    const amara = room.services.workshop.store.getState().data?.participants[0]
    if (!bet || !amara) throw new Error('set-up failed')
    // Open again, with the dots stored, so the session holds them.
    room.services.workshop.actions.close()
    await room.open({ votes: [room.vote(amara.id, bet.id, 2)] })
    const user = userEvent.setup()
    renderWithServices(<View />, room.services)

    await user.click(screen.getByRole('button', { name: 'Delete “Delete me”' }))
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Delete me' })).toBeNull())
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/Deleted “Delete me” and the dots/),
    )
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete “Keep me”' })),
    )
    expect(await room.db.votes.count()).toBe(0)

    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Delete me' })).toBeDefined())
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Bet restored/))
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit “Delete me”' })),
    )
    expect(await room.db.votes.count()).toBe(1)
  })
})

describe('Make a bet', () => {
  it('from a ranked gap: prefilled with its lens and key shift; the room stays on the gaps', async () => {
    await room.services.edits.setConsensus('strategy', 'current', 2)
    await room.services.edits.setConsensus('strategy', 'target', 4)
    await room.services.edits.setKeyShift('strategy', 'Strategy on one page')
    const user = userEvent.setup()
    const { container } = renderWithServices(<Gaps />, room.services)
    expect(screen.queryByRole('button', { name: 'Make a bet on Lens discovery' })).toBeNull()
    const make = screen.getByRole('button', { name: 'Make a bet on Lens strategy' })
    await user.click(make)

    expect(field('Title').value).toBe('Strategy on one page')
    expect(field('Hypothesis').value).toBe('We believe that ')
    expect(field('Linked lens').value).toBe('strategy')
    await user.click(within(dialog()).getByRole('button', { name: 'Add bet' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(document.activeElement).toBe(make))
    const status = screen.getByRole('status')
    expect(status.textContent).toMatch(/^Added the bet “Strategy on one page”\. See all bets/)
    expect(within(status).getByRole('link', { name: 'See all bets' }).getAttribute('href')).toBe(
      `/workshops/${room.workshop.id}/commit/bets`,
    )
    expect(screen.getByRole('table', { name: 'Lenses ranked by gap' })).toBeDefined()
    expect(await stored()).toMatchObject([{ title: 'Strategy on one page', lensId: 'strategy' }])
    expect(await axeViolations(container)).toEqual([])
  })

  it('from a card: its words as the title, on its lens', async () => {
    await room.services.edits.addCard('discovery', 'current', 'We never talk to users')
    const user = userEvent.setup()
    renderWithServices(<CardsBoard lensId="discovery" focusColumn="current" />, room.services)
    const make = screen.getByRole('button', { name: 'Make a bet from “We never talk to users”' })
    await user.click(make)
    expect(field('Title').value).toBe('We never talk to users')
    expect(field('Linked lens').value).toBe('discovery')
    await user.type(field('Title'), '{Enter}')

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(document.activeElement).toBe(make))
    expect(screen.getByText(/Added the bet “We never talk to users”\./)).toBeDefined()
    expect(await stored()).toMatchObject([{ title: 'We never talk to users', lensId: 'discovery' }])
  })
})
