import { describe, expect, it } from 'vitest'
import type { EarlierBet } from '@shared/domain'
import {
  commitViewsOf,
  startingView,
} from '../../../../../renderer/src/features/commit/CommitScreen'
import { makeWorkshop, sessionData } from '../compare/compareFixture'

function earlierBet(outcome: EarlierBet['review']['outcome']): EarlierBet {
  return {
    id: `e-${String(outcome)}`,
    title: 'Weekly interviews',
    hypothesis: '',
    owner: 'Priya',
    horizon: '',
    review: { outcome, learning: '' },
  }
}

function following(bets: EarlierBet[]) {
  return sessionData({
    workshop: makeWorkshop({
      earlier: {
        workshopId: null,
        title: 'Autumn',
        organisation: '',
        date: '',
        takenAt: 1,
        lenses: [],
        bets,
      },
    }),
  })
}

describe('the commit tab', () => {
  it('opens on the review while an earlier workshop’s bets wait for it, then on the bets', () => {
    expect(startingView(sessionData())).toBe('bets')
    expect(startingView(following([earlierBet('done'), earlierBet(null)]))).toBe('review')
    expect(startingView(following([earlierBet('done'), earlierBet('dropped')]))).toBe('bets')
  })

  it('offers the review only when there are earlier bets to review', () => {
    expect(commitViewsOf(sessionData())).toEqual(['bets', 'vote', 'prioritise'])
    expect(commitViewsOf(following([earlierBet(null)]))).toEqual([
      'review',
      'bets',
      'vote',
      'prioritise',
    ])
  })
})
