/**
 * Shared by the prioritise view tests: a workshop over a fresh database with bets in every group
 * and a few dots, the view rendered on it, and ways to read the view as a person does and the
 * bets as stored.
 */
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Bet, BetStatus } from '@shared/domain'
import { PrioritiseView } from '../../../../../../renderer/src/features/commit/prioritise/PrioritiseView'
import { useSession } from '../../../../../../renderer/src/store/context'
import { renderWithServices } from '../../../render'
import { commitFixture } from '../commitFixture'

export { axeViolations } from '../commitFixture'

export type GroupName = 'Committed' | 'Waiting' | 'Parking lot'

function View() {
  const data = useSession((s) => s.data)
  return data ? <PrioritiseView data={data} /> : null
}

/** Registers the set-up and tear-down of each test; call once at the top of a test file. */
export function prioritiseFixture() {
  const room = commitFixture()

  /** A bet whose id is made from its title. */
  const bet = (title: string, status: BetStatus, order: number, more: Partial<Bet> = {}) =>
    room.bet(`bet-${title.toLowerCase().replace(/\W+/g, '-')}`, status, order, { title, ...more })

  return {
    get services() {
      return room.services
    },
    get workshopId() {
      return room.workshop.id
    },
    bet,

    /** Two committed, two waiting, one parked, one done; three dots on one bet, one on another. */
    roomBets: () => [
      bet('Discovery weekly', 'committed', 0, { owner: 'Amara', horizon: 'Q3' }),
      bet('One strategy page', 'committed', 1),
      bet('Pair with sales', 'proposed', 0),
      bet('Kill the roadmap deck', 'proposed', 1),
      bet('Hackathon', 'parked', 0),
      bet('Old bet', 'done', 0),
    ],

    async renderView(bets: Bet[], options: { revealed?: boolean } = {}) {
      await room.open({
        bets,
        votes: [
          room.vote('ada', 'bet-pair-with-sales', 2),
          room.vote('ben', 'bet-pair-with-sales', 1),
          room.vote('ben', 'bet-hackathon', 1),
        ],
        workshop: { voting: { dotsPerPerson: 3, revealed: options.revealed ?? false } },
      })
      const view = renderWithServices(<View />, room.services)
      return { ...view, user: userEvent.setup() }
    },

    /** The titles of the stored bets of a status, in order. */
    async stored(status: BetStatus) {
      const bets = await room.db.bets.where({ workshopId: room.workshop.id }).toArray()
      return bets
        .filter((b) => b.status === status)
        .sort((a, b) => a.order - b.order)
        .map((b) => b.title)
    },
  }
}

export const group = (name: GroupName) => screen.getByRole('region', { name })

/** The titles of a group's bets, as shown. */
export function titles(name: GroupName): string[] {
  return Array.from(group(name).querySelectorAll('.priority-bet__title')).map(
    (p) => p.textContent ?? '',
  )
}

export const button = (name: string) => screen.getByRole('button', { name })

/** The view's own status line (dnd-kit keeps a live region of its own). */
export const notice = () => document.querySelector('.prioritise__notice')?.textContent
