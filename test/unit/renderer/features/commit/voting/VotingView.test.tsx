import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import axe from 'axe-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { Bet, BetStatus } from '@shared/domain'
import type { VantageDatabase } from '../../../../../../renderer/src/db'
import { commitHref } from '../../../../../../renderer/src/features/commit/commitViews'
import { VotingView } from '../../../../../../renderer/src/features/commit/voting/VotingView'
import type { AppServices } from '../../../../../../renderer/src/store/appServices'
import { useSession } from '../../../../../../renderer/src/store/context'
import {
  details,
  dropDatabase,
  freshDatabase,
  START_TIME,
  testRecords,
  testTemplate,
} from '../../../helpers'
import { createAppServices, renderWithServices } from '../../../render'

let db: VantageDatabase
let services: AppServices
let workshopId: string

const PEOPLE = ['Ada', 'Ben', 'Cleo']
const BETS: [string, BetStatus][] = [
  ['Bet A', 'proposed'],
  ['Bet B', 'committed'],
  ['Bet C', 'proposed'],
  ['Bet D', 'parked'],
]

function bet(title: string, order: number, status: BetStatus): Bet {
  return {
    ...{ id: `bet-${order}`, workshopId, title, hypothesis: '', risk: '', upside: '' },
    ...{ owner: '', horizon: '', size: '', lensId: null, status, reviewDate: null, order },
    ...{ createdAt: START_TIME, updatedAt: START_TIME },
  }
}

async function openRoom(options: { people?: string[]; bets?: typeof BETS; anonymous?: boolean }) {
  db = freshDatabase()
  services = createAppServices(db, { records: testRecords(), template: testTemplate() })
  workshopId = (await services.repositories.workshops.create(details(), testTemplate())).id
  await db.bets.bulkAdd((options.bets ?? BETS).map(([title, status], i) => bet(title, i, status)))
  await services.workshop.actions.open(workshopId)
  for (const name of options.people ?? PEOPLE) await services.edits.addParticipant(name)
  if (options.anonymous) await services.edits.updateWorkshop({ anonymous: true })
}

afterEach(async () => {
  cleanup()
  await dropDatabase(db)
})

function View() {
  const data = useSession((s) => s.data)
  return data ? <VotingView data={data} /> : null
}

/** Axe's findings, colour contrast aside: jsdom does not lay out or paint. */
async function axeViolations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)
}

const person = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}\\b`) })
const add = (title: string, name: string) =>
  screen.getByRole('button', { name: `Add a dot to ${title} for ${name}` })
const storedVotes = async () => {
  const names = new Map(
    services.workshop.store.getState().data!.participants.map((p) => [p.id, p.name]),
  )
  return (await db.votes.toArray())
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
    const { container } = renderWithServices(<View />, services)
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
    expect((await db.workshops.get(workshopId))?.voting.revealed).toBe(true)
    expect(await axeViolations(container)).toEqual([])

    await user.click(screen.getByRole('button', { name: 'Hide the votes again' }))
    expect(screen.queryByRole('list', { name: 'Bets by dots' })).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reveal the votes' }))
  })

  it('says politely when someone has no dots left, and stores nothing more', async () => {
    await openRoom({})
    const user = userEvent.setup()
    renderWithServices(<View />, services)
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
    await services.edits.setDots(
      services.workshop.store.getState().data!.participants[0]!.id,
      'bet-0',
      3,
    )
    const user = userEvent.setup()
    renderWithServices(<View />, services)
    const field = screen.getByRole('spinbutton', { name: 'Dots per person' })
    await user.clear(field)
    await user.type(field, '2{Enter}')
    expect(screen.getByRole('alert').textContent).toBe(
      'Ada has already spent 3 dots; remove some first.',
    )
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect((await db.workshops.get(workshopId))?.voting.dotsPerPerson).toBe(3)

    await user.clear(field)
    await user.type(field, '5')
    await user.tab()
    await waitFor(async () =>
      expect((await db.workshops.get(workshopId))?.voting.dotsPerPerson).toBe(5),
    )
    expect(screen.queryByRole('alert')).toBeNull()
    expect(person('Ada').textContent).toMatch('2 of 5 dots left')
  })

  it('shows no names by the bets in an anonymous workshop', async () => {
    await openRoom({ anonymous: true })
    const user = userEvent.setup()
    const { container } = renderWithServices(<View />, services)
    await enterRoomVotes(user)
    await user.click(screen.getByRole('button', { name: 'Reveal the votes' }))
    const tally = await screen.findByRole('list', { name: 'Bets by dots' })
    expect(tally.textContent).toMatch('Bet A4 dots')
    expect(container.textContent).not.toMatch(/Ada|Ben|Cleo/)
    expect(screen.getByText(/This workshop is anonymous/)).toBeDefined()
    expect(await axeViolations(container)).toEqual([])
  })

  it('points to the bets when there are none, and to the people when nobody is in the room', async () => {
    await openRoom({ bets: [] })
    renderWithServices(<View />, services)
    const link = screen.getByRole('link', { name: 'Write bets' })
    expect(link.getAttribute('href')).toBe(commitHref(workshopId, 'bets'))
    cleanup()
    await dropDatabase(db)

    await openRoom({ people: [] })
    const { container } = renderWithServices(<View />, services)
    expect(screen.getByText('No participants yet')).toBeDefined()
    expect(screen.getByRole('link', { name: 'Add participants' })).toBeDefined()
    expect(await axeViolations(container)).toEqual([])
  })
})
