import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { consensusId, gapNoteId, type MaturityLevel, type RatingState } from '@shared/domain'
import { GapRankingView } from '../../../../../../renderer/src/features/compare/gaps/GapRankingView'
import type { SessionData } from '../../../../../../renderer/src/store/session/sessionData'
import { testTemplate } from '../../../helpers'
import { makeWorkshop } from '../../../../shared/report/fixtures'

afterEach(cleanup)

const LENSES = ['strategy', 'discovery', 'delivery', 'people']

function room(agreed: [string, RatingState, MaturityLevel][], shifts: [string, string][] = []) {
  const workshop = makeWorkshop({
    template: testTemplate(LENSES),
    agenda: LENSES.map((lensId) => ({ lensId, minutes: 30 })),
  })
  const data: SessionData = {
    workshop,
    participants: [],
    ratings: [],
    cards: [],
    bets: [],
    votes: [],
    mapElements: [],
    consensus: agreed.map(([lensId, state, value]) => ({
      id: consensusId(workshop.id, lensId, state),
      workshopId: workshop.id,
      lensId,
      state,
      value,
      revealed: false,
      updatedAt: 1,
    })),
    gapNotes: shifts.map(([lensId, keyShift]) => ({
      id: gapNoteId(workshop.id, lensId),
      workshopId: workshop.id,
      lensId,
      keyShift,
      updatedAt: 1,
    })),
  }
  return render(<GapRankingView data={data} />)
}

const rows = () =>
  within(screen.getByRole('table', { name: 'Lenses ranked by gap' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))

describe('GapRankingView', () => {
  it('ranks by gap, then the higher target, then the agenda; unagreed lenses last', () => {
    room(
      [
        ['strategy', 'current', 2],
        ['strategy', 'target', 4],
        ['discovery', 'current', 1],
        ['discovery', 'target', 3],
        ['delivery', 'current', 3],
        ['delivery', 'target', 5],
        ['people', 'current', 2],
      ],
      [['delivery', 'Ship smaller, every week']],
    )
    const [heading] = screen.getAllByRole('heading', { level: 2 })
    expect(heading?.textContent).toBe('Where the gaps are widest')
    expect(rows()).toEqual([
      ['1', 'Lens delivery', '3', '5', '2 levels', 'Ship smaller, every week', 'Make a bet'],
      ['2', 'Lens strategy', '2', '4', '2 levels', 'No key shift written', 'Make a bet'],
      ['3', 'Lens discovery', '1', '3', '2 levels', 'No key shift written', 'Make a bet'],
      ['–', 'Lens people', '2', 'Not agreed', 'No gap yet', 'No key shift written', ''],
    ])
    expect(screen.queryByText(/No lens has both/)).toBeNull()
  })

  it('says calmly that the ranking fills in once scores are agreed', () => {
    room([])
    expect(screen.getByText(/No lens has both an agreed score/)).toBeDefined()
  })
})
