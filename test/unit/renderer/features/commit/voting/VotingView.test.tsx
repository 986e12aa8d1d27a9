/** The voting view: dots entered per person by keyboard, hidden until revealed, the budget. */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { BetStatus } from '@shared/domain'
import { commitHref } from '../../../../../../renderer/src/features/commit/commitViews'
import { VotingView } from '../../../../../../renderer/src/features/commit/voting/VotingView'
import { useSession } from '../../../../../../renderer/src/store/context'
import { renderWithServices } from '../../../render'
import { axeViolations, commitFixture } from '../commitFixture'

const room = commitFixture()

const PEOPLE = ['Ada', 'Ben', 'Cleo']
const BETS: [string, BetStatus][] = [
  ['Bet A', 'proposed'],
  ['Bet B', 'committed'],
  ['Bet C', 'proposed'],
  ['Bet D', 'parked'],
]

async function openRoom(options: { people?: string[]; bets?: typeof BETS; anonymous?: boolean }) {
  const bets = (options.bets ?? BETS).map(([title, status], i) =>
    room.bet(`bet-${i}`, status, i, { title }),
  )
  await room.open({ bets })
  for (const name of options.people ?? PEOPLE) await room.services.edits.addParticipant(name)
  if (options.anonymous) await room.services.edits.updateWorkshop({ anonymous: true })
}

function View() {
  const data = useSession((s) => s.data)
  return data ? <VotingView data={data} /> : null
}

const person = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}\\b`) })
const add = (title: string, name: string) =>
  screen.getByRole('button', { name: `Add a dot to ${title} for ${name}` })
const storedVotes = async () => {
  const names = new Map(
    room.services.workshop.store.getState().data!.participants.map((p) => [p.id, p.name]),
  )
  return (await room.db.votes.toArray())
    .map((v) => `${names.get(v.participantId)}:${v.betId}:${v.dots}`)
    .sort()
}

/** Presses a key on a control, the way a keyboard user reaches and uses it. */
async function press(user: UserEvent, control: HTMLElement, keys: string) {
  control.focus()
  await user.keyboard(keys)
}

/** Ada A2 B1, Ben B2 A1, Cleo A1 B1 C1: A and B tie on 4, C has 1, D is parked. */
async function enterRoomVotes(user: UserEvent) {
  await press(user, person('Ada'), '{Enter}')
  await press(user, add('Bet A', 'Ada'), '{Enter}{Enter}')
  await press(user, add('Bet B', 'Ada'), '+')
  await press(user, person('Ben'), ' ')
  await press(user, add('Bet B', 'Ben'), '++')
  await press(user, add('Bet A', 'Ben'), '{Enter}')
  await press(user, person('Cleo'), '{Enter}')
  for (const title of ['Bet A', 'Bet B', 'Bet C']) await press(user, add(title, 'Cleo'), '+')
}

describe('VotingView', () => {
  it('takes everyone’s dots by keyboard, and keeps the count out of the page until the reveal', async () => {
    await openRoom({})
    const user = userEvent.setup()
    const { container } = renderWithServices(<View />, room.services)
    await enterRoomVotes(user)

    await waitFor(async () =>
      expect(await storedVotes()).toEqual([
        'Ada:bet-0:2',
        'Ada:bet-1:1',
        'Ben:bet-0:1',
        'Ben:bet-1:2',
        'Cleo:bet-0:1',
        'Cleo:bet-1:1',
        'Cleo:bet-2:1',
      ]),
    )
    for (const name of PEOPLE) expect(person(name).textContent).toMatch('0 of 3 dots left')
    expect(screen.getByText('3 of 3 people have spent dots.')).toBeDefined()
    // Only Cleo's own dots, the person being entered, are on screen; the parked bet takes none.
    const counts = screen
      .getAllByRole('group')
      .map((g) => within(g).getByText(/dots?$/).textContent)
    expect(counts).toEqual(['1 dot', '1 dot', '1 dot'])
    expect(screen.queryByRole('button', { name: /Bet D/ })).toBeNull()
    expect(screen.getByText('1 bet is parked, done or dropped and is not voted on.')).toBeDefined()
    // The room-wide totals (4, 4, 1) are nowhere in the DOM, not even hidden.
    expect(container.innerHTML).not.toMatch(/4 dots|Rank|Tied/)
    expect(screen.queryByRole('list', { name: 'Bets by dots' })).toBeNull()
    expect(await axeViolations(container)).toEqual([])

    await user.click(screen.getByRole('button', { name: 'Reveal the votes' }))
    const tally = await screen.findByRole('list', { name: 'Bets by dots' })
    const rows = within(tally)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(rows).toEqual([
      'Rank 1Bet A4 dotsTiedTied with Bet BVoted for by Ada (2 dots), Ben (1 dot), and Cleo (1 dot)',
      'Rank 1Bet B4 dotsTiedTied with Bet AVoted for by Ada (1 dot), Ben (2 dots), and Cleo (1 dot)',
      'Rank 3Bet C1 dotVoted for by Cleo (1 dot)',
    ])
    expect(document.activeElement?.textContent).toBe('The room’s votes')
    expect((await room.db.workshops.get(room.workshop.id))?.voting.revealed).toBe(true)
    expect(await axeViolations(container)).toEqual([])

    await user.click(screen.getByRole('button', { name: 'Hide the votes again' }))
    expect(screen.queryByRole('list', { name: 'Bets by dots' })).toBeNull()
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reveal the votes' })),
    )
  })

  it('says politely when someone has no dots left, and stores nothing more', async () => {
    await openRoom({})
    const user = userEvent.setup()
    renderWithServices(<View />, room.services)
    await press(user, add('Bet A', 'Ada'), '+++')
    const more = add('Bet C', 'Ada')
    expect(more.getAttribute('aria-disabled')).toBe('true')
    await press(user, more, '{Enter}')
    const message = screen.getByText('Ada has no dots left. Remove one from another bet first.')
    expect(message.getAttribute('role')).toBe('status')
    expect(document.activeElement).toBe(more)
    await waitFor(async () => expect(await storedVotes()).toEqual(['Ada:bet-0:3']))

    await press(user, screen.getByRole('button', { name: 'Remove a dot from Bet A for Ada' }), '-')
    await waitFor(async () => expect(await storedVotes()).toEqual(['Ada:bet-0:2']))
    expect(person('Ada').textContent).toMatch('1 of 3 dots left')
  })

  it('refuses fewer dots per person than someone already spent, and changes nothing', async () => {
    await openRoom({})
    await room.services.edits.setDots(
      room.services.workshop.store.getState().data!.participants[0]!.id,
      'bet-0',
      3,
    )
    const user = userEvent.setup()
    renderWithServices(<View />, room.services)
    const field = screen.getByRole('spinbutton', { name: 'Dots per person' })
    await user.clear(field)
    await user.type(field, '2{Enter}')
    expect(screen.getByRole('alert').textContent).toBe(
      'Ada has already spent 3 dots; remove some first.',
    )
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect((await room.db.workshops.get(room.workshop.id))?.voting.dotsPerPerson).toBe(3)

    await user.clear(field)
    await user.type(field, '5')
    await user.tab()
    await waitFor(async () =>
      expect((await room.db.workshops.get(room.workshop.id))?.voting.dotsPerPerson).toBe(5),
    )
    expect(screen.queryByRole('alert')).toBeNull()
    expect(person('Ada').textContent).toMatch('2 of 5 dots left')
  })

  it('shows no names by the bets in an anonymous workshop', async () => {
    await openRoom({ anonymous: true })
    const user = userEvent.setup()
    const { container } = renderWithServices(<View />, room.services)
    await enterRoomVotes(user)
    await user.click(screen.getByRole('button', { name: 'Reveal the votes' }))
    const tally = await screen.findByRole('list', { name: 'Bets by dots' })
    expect(tally.textContent).toMatch('Bet A4 dots')
    expect(container.textContent).not.toMatch(/Ada|Ben|Cleo/)
    expect(screen.getByText(/This workshop is anonymous/)).toBeDefined()
    expect(await axeViolations(container)).toEqual([])
  })

  it('points to the bets when there are none', async () => {
    await openRoom({ bets: [] })
    renderWithServices(<View />, room.services)
    const link = screen.getByRole('link', { name: 'Write bets' })
    expect(link.getAttribute('href')).toBe(commitHref(room.workshop.id, 'bets'))
  })

  it('points to the people when nobody is in the room', async () => {
    await openRoom({ people: [] })
    const { container } = renderWithServices(<View />, room.services)
    expect(screen.getByText('No participants yet')).toBeDefined()
    expect(screen.getByRole('link', { name: 'Add participants' })).toBeDefined()
    expect(await axeViolations(container)).toEqual([])
  })
})
