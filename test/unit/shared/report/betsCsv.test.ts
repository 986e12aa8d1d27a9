import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Bet, BetStatus } from '@shared/domain'
import { betsCsv, type BetsCsvLabels } from '@shared/report'
import { makeBet, makeParticipant, makeSource, makeVote, makeWorkshop } from './fixtures'

const LABELS: BetsCsvLabels = {
  columns: {
    priority: 'Priority',
    group: 'Group',
    title: 'Bet',
    hypothesis: 'Hypothesis',
    status: 'Status',
    owner: 'Owner',
    horizon: 'Horizon',
    size: 'Size',
    lens: 'Lens',
    gap: 'Gap',
    teams: 'Teams',
    risk: 'Risk',
    upside: 'Upside',
    reviewDate: 'Review date',
    dots: 'Dots',
  },
  groups: { committed: 'Committed', waiting: 'Waiting', parked: 'Parking lot', closed: 'Closed' },
  statuses: {
    proposed: 'Proposed',
    committed: 'Committed',
    parked: 'Parked',
    done: 'Done',
    dropped: 'Dropped',
  },
}

/** A bet with every text the file writes, so the columns can be checked. */
function bet(id: string, status: BetStatus, order: number, title: string): Bet {
  return makeBet(id, status, order, {
    title,
    hypothesis: 'We believe that, "quoted", it works\non two lines',
    owner: 'Amara',
    horizon: 'Next 90 days',
    size: 'M',
    reviewDate: status === 'committed' ? '2025-06-01' : null,
  })
}

function rows(text: string): string[][] {
  expect(text.startsWith('\ufeff')).toBe(true)
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data
}

describe('betsCsv', () => {
  const source = (revealed: boolean) =>
    makeSource({
      workshop: makeWorkshop({ voting: { dotsPerPerson: 3, revealed } }),
      participants: [makeParticipant('a', 'Amara Okafor', 0)],
      bets: [
        bet('w', 'proposed', 0, 'Waiting bet'),
        bet('c', 'committed', 0, '=HYPERLINK("x")'),
        bet('p', 'parked', 0, 'Parked idea'),
        bet('d', 'dropped', 0, 'Dropped bet'),
      ],
      votes: [makeVote('a', 'w', 3)],
    })

  it('lists bets by priority across the commit line, then the parking lot and closed ones', () => {
    const [header, ...body] = rows(betsCsv(source(true), LABELS))
    expect(header?.slice(0, 3)).toEqual(['Priority', 'Group', 'Bet'])
    expect(body.map((r) => [r[0], r[1], r[2], r[4], r[14]])).toEqual([
      ['1', 'Committed', `'=HYPERLINK("x")`, 'Committed', '0'],
      ['2', 'Waiting', 'Waiting bet', 'Proposed', '3'],
      ['', 'Parking lot', 'Parked idea', 'Parked', '0'],
      ['', 'Closed', 'Dropped bet', 'Dropped', '0'],
    ])
    expect(body[0]?.[3]).toBe('We believe that, "quoted", it works\non two lines')
    expect(body[0]?.[13]).toBe('2025-06-01')
  })

  it('leaves the dots empty while the votes are hidden, and never names a voter', () => {
    const hidden = rows(betsCsv(source(false), LABELS))
    expect(hidden.slice(1).map((r) => r[14])).toEqual(['', '', '', ''])
    expect(betsCsv(source(true), LABELS)).not.toContain('Amara Okafor')
  })

  it('names the teams a bet changes, as the target map calls them', () => {
    const team = (side: 'today' | 'target', name: string) => ({
      id: `map:${side}:t1`,
      workshopId: 'w',
      side,
      key: 't1',
      kind: 'team' as const,
      name,
      type: 'platform' as const,
      scope: '',
      size: null,
      funding: 'stable-team' as const,
      note: '',
      lensIds: [],
      x: 0,
      y: 0,
      updatedAt: 1,
    })
    const withTeams = makeSource({
      bets: [makeBet('b', 'committed', 0, { teamKeys: ['t1'] })],
      mapElements: [team('today', 'IT operations'), team('target', 'Developer platform')],
    })
    const [header, first] = rows(betsCsv(withTeams, LABELS))
    expect(first?.[header!.indexOf('Teams')]).toBe('Developer platform')
  })

  it('is a header alone when there are no bets', () => {
    expect(rows(betsCsv(makeSource(), LABELS))).toHaveLength(1)
  })
})
