/**
 * Shared by the prioritise view tests: a workshop over a fresh database with bets in every group
 * and a few dots, the view rendered on it, and ways to read the view as a person does and the
 * bets as stored.
 */
import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import axe from 'axe-core'
import { afterEach, beforeEach, vi } from 'vitest'
import { voteId, type Bet, type BetStatus, type Workshop } from '@shared/domain'
import type { VantageDatabase } from '../../../../../../renderer/src/db'
import { PrioritiseView } from '../../../../../../renderer/src/features/commit/prioritise/PrioritiseView'
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

export type GroupName = 'Committed' | 'Waiting' | 'Parking lot'

function View() {
  const data = useSession((s) => s.data)
  return data ? <PrioritiseView data={data} /> : null
}

/** Registers the set-up and tear-down of each test; call once at the top of a test file. */
export function prioritiseFixture() {
  let db: VantageDatabase
  let services: AppServices
  let workshop: Workshop

  beforeEach(async () => {
    db = freshDatabase()
    services = createAppServices(db, { records: testRecords(), template: testTemplate() })
    workshop = await services.repositories.workshops.create(details(), testTemplate())
  })

  afterEach(async () => {
    vi.restoreAllMocks()
    cleanup()
    await dropDatabase(db)
  })

  function bet(title: string, status: BetStatus, order: number, more: Partial<Bet> = {}): Bet {
    return {
      id: `bet-${title.toLowerCase().replace(/\W+/g, '-')}`,
      workshopId: workshop.id,
      title,
      hypothesis: '',
      risk: '',
      upside: '',
      owner: '',
      horizon: '',
      size: '',
      lensId: null,
      status,
      reviewDate: null,
      order,
      createdAt: START_TIME,
      updatedAt: START_TIME,
      ...more,
    }
  }

  const vote = (participantId: string, betId: string, dots: number) => ({
    id: voteId(participantId, betId),
    workshopId: workshop.id,
    participantId,
    betId,
    dots,
    updatedAt: START_TIME,
  })

  return {
    get services() {
      return services
    },
    get workshopId() {
      return workshop.id
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
      await db.bets.bulkAdd(bets)
      await db.votes.bulkAdd([
        vote('ada', 'bet-pair-with-sales', 2),
        vote('ben', 'bet-pair-with-sales', 1),
        vote('ben', 'bet-hackathon', 1),
      ])
      await db.workshops.update(workshop.id, {
        voting: { dotsPerPerson: 3, revealed: options.revealed ?? false },
      })
      await services.workshop.actions.open(workshop.id)
      const view = renderWithServices(<View />, services)
      return { ...view, user: userEvent.setup() }
    },

    /** The titles of the stored bets of a status, in order. */
    async stored(status: BetStatus) {
      const bets = await db.bets.where({ workshopId: workshop.id }).toArray()
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

/** Axe's findings, colour contrast aside: jsdom does not lay out or paint. */
export async function axeViolations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)
}
