import { describe, expect, it } from 'vitest'
import { buildReport } from '@shared/report'
import type { EarlierBet, Workshop } from '@shared/domain'
import {
  makeBet,
  makeConsensus,
  makeParticipant,
  makeSource,
  makeVote,
  makeWorkshop,
} from './fixtures'

const NOW = '2025-03-14T16:30:00.000Z'

const people = [makeParticipant('a', 'Amara Okafor', 0), makeParticipant('b', 'Jonas Weber', 1)]
const bets = [
  makeBet('w2', 'proposed', 1),
  makeBet('c1', 'committed', 0, { lensId: 'discovery', owner: ' Amara ' }),
  makeBet('p1', 'parked', 0),
  makeBet('w1', 'proposed', 0),
  makeBet('c2', 'committed', 1),
  makeBet('d1', 'done', 0),
]
const votes = [
  makeVote('a', 'w1', 2),
  makeVote('b', 'c1', 2),
  makeVote('b', 'w2', 1),
  makeVote('gone', 'w2', 3),
]

function source(revealed: boolean) {
  return makeSource({
    workshop: makeWorkshop({ voting: { dotsPerPerson: 3, revealed } }),
    participants: people,
    consensus: [
      makeConsensus('discovery', 'current', 2, true),
      makeConsensus('discovery', 'target', 4, true),
    ],
    bets,
    votes,
  })
}

/** The workshop compared with an earlier one that committed to `bets`. */
function withEarlierBets(workshop: Workshop, bets: EarlierBet[]): Workshop {
  return {
    ...workshop,
    earlier: {
      workshopId: null,
      title: 'Autumn offsite',
      organisation: '',
      date: '',
      takenAt: 1,
      lenses: [],
      bets,
    },
  }
}

describe('the bets of the summary', () => {
  it('lists them by priority: above the commit line, below it, the parking lot, closed', () => {
    const report = buildReport(source(true), NOW).extras.bets
    expect(report?.committed.map((b) => b.id)).toEqual(['c1', 'c2'])
    expect(report?.waiting.map((b) => b.id)).toEqual(['w1', 'w2'])
    expect(report?.parked.map((b) => b.id)).toEqual(['p1'])
    expect(report?.closed.map((b) => b.id)).toEqual(['d1'])
    expect(report?.committed[0]).toMatchObject({ lens: 'Lens discovery', gap: 2, owner: 'Amara' })
  })

  it('counts dots once revealed, only of people still in the room, and shows ties', () => {
    const report = buildReport(source(true), NOW).extras.bets
    expect(report?.committed.map((b) => [b.id, b.dots, b.tied])).toEqual([
      ['c1', 2, true],
      ['c2', 0, false],
    ])
    expect(report?.waiting.map((b) => [b.id, b.dots, b.tied])).toEqual([
      ['w1', 2, true],
      ['w2', 1, false],
    ])
    expect(report?.voting).toEqual({ revealed: true, dotsPerPerson: 3, voters: 2 })
  })

  it('says nothing about the votes while they are hidden, and never who voted for what', () => {
    const hidden = buildReport(source(false), NOW).extras.bets
    const all = [...(hidden?.committed ?? []), ...(hidden?.waiting ?? [])]
    expect(all.every((b) => b.dots === null && !b.tied)).toBe(true)
    expect(hidden?.voting).toEqual({ revealed: false, dotsPerPerson: 3, voters: 0 })
    const shown = JSON.stringify(buildReport(source(true), NOW).extras.bets)
    for (const person of people) expect(shown).not.toContain(person.name)
  })

  it('leaves bets out when there are none, and carries the review of the earlier workshop', () => {
    const review = {
      id: 'e1',
      title: 'Weekly interviews',
      hypothesis: 'We believe that …',
      owner: 'Priya',
      horizon: 'Next 90 days',
      review: { outcome: 'ongoing' as const, learning: 'Three teams do it.' },
    }
    const model = buildReport(
      makeSource({ workshop: withEarlierBets(makeWorkshop(), [review]) }),
      NOW,
    )
    expect(model.extras.bets).toBeNull()
    // A bet copied before bets carried their lens is about no lens, as far as the review can say.
    expect(model.extras.review).toEqual({
      title: 'Autumn offsite',
      bets: [{ ...review, aboutLens: null }],
    })
  })

  it('names the lens of an earlier bet: this workshop’s, or one only the earlier one had', () => {
    const bet = (id: string, lens: { id: string; title: string }) => ({
      id,
      title: `Bet ${id}`,
      hypothesis: '',
      owner: '',
      horizon: '',
      lens,
      review: { outcome: null, learning: '' },
    })
    const workshop = makeWorkshop()
    const shared = workshop.template.lenses[0]!
    const earlierBets = [
      bet('a', { id: shared.id, title: 'Old words' }),
      bet('b', { id: 'culture', title: 'Culture' }),
    ]
    const model = buildReport(makeSource({ workshop: withEarlierBets(workshop, earlierBets) }), NOW)
    expect(model.extras.review?.bets.map((b) => b.aboutLens)).toEqual([
      { title: shared.title, here: true },
      { title: 'Culture', here: false },
    ])
  })
})
