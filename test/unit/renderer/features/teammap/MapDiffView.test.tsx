/**
 * The changes view: sentences a facilitator can read aloud, grouped by kind with their counts,
 * the target drawn with the changes marked, and a plain sentence when there is nothing to list.
 */
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { emptyTeamMap, type TeamMap } from '@shared/domain'
import { MapDiffPanel } from '../../../../../renderer/src/features/teammap/diff/MapDiffView'
import {
  diffDrawingOf,
  mapDiffState,
} from '../../../../../renderer/src/features/teammap/diff/mapDiffModel'
import { TARGET, TODAY, team } from '../../../shared/domain/teamMap/sampleMaps'

afterEach(cleanup)

const lensTitle = (id: string) => ({ strategy: 'Alignment' })[id] ?? id

function showDiff(today: TeamMap, target: TeamMap) {
  return render(<MapDiffPanel today={today} target={target} lensTitle={lensTitle} />)
}

function linesOf(heading: RegExp): string[] {
  const section = screen.getByRole('heading', { name: heading }).closest('section')
  if (!section) throw new Error('no section')
  return within(section)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '')
}

describe('MapDiffPanel', () => {
  it('says a rename and a retype of one team in one sentence, by its target name', () => {
    showDiff(TODAY, TARGET)
    const teams = linesOf(/^Teams: 3 changes$/)
    expect(teams).toContain('Added Growth: new stream-aligned team')
    expect(teams).toContain('Removed Operations desk: no longer on the map')
    expect(teams).toContain(
      'Changed Checkout: renamed from ‘Web shop’; platform instead of stream-aligned; funded as a stable team instead of a project',
    )
  })

  it('says a mode change with both ends named, and interactions added and removed', () => {
    showDiff(TODAY, TARGET)
    const interactions = linesOf(/^Interactions: 4 changes$/)
    expect(interactions).toContain(
      'Changed Payments → Checkout: X-as-a-service instead of collaboration',
    )
    expect(interactions).toContain('Added Growth → Checkout: new collaboration interaction')
    // The removed ones keep today's name of a team that is gone.
    expect(interactions).toContain('Removed Operations desk → Payments: embed interaction ends')
    expect(interactions).toContain(
      'Removed Operations desk → Fraud scoring: consult interaction ends',
    )
  })

  it('lists each kind of change by name, whatever the keys behind them', () => {
    const today = {
      ...emptyTeamMap(),
      teams: [team('k1', { name: 'Zeta' }), team('k2', { name: 'Alpha' })],
    }
    const target = {
      ...emptyTeamMap(),
      teams: [team('k1', { name: 'Zeta', size: 4 }), team('k2', { name: 'Alpha', size: 5 })],
    }
    showDiff(today, target)
    expect(linesOf(/^Teams: 2 changes$/).map((line) => line.split(':')[0])).toEqual([
      'Changed Alpha',
      'Changed Zeta',
    ])
  })

  it('lists rituals and artifacts added and removed', () => {
    showDiff(TODAY, TARGET)
    expect(linesOf(/^Rituals: 2 changes$/)).toEqual([
      'Added Bet review: new ritual, Every six weeks, with Checkout, Growth',
      'Removed Portfolio sync: ritual dropped',
    ])
    expect(linesOf(/^Artifacts: 1 change$/)).toEqual([
      'Added Growth bet brief: new bet brief, owned by Growth',
    ])
    expect(screen.getByText('10 changes')).toBeTruthy()
  })

  it('draws the target with the changes marked, removed teams included', () => {
    showDiff(TODAY, TARGET)
    const image = screen.getByRole('img')
    const badges = [...image.querySelectorAll('.map-badge')].map((b) => b.textContent)
    // Growth (team and its line) new; Checkout and its mode change; the desk and its two lines.
    expect(badges.filter((b) => b === 'New')).toHaveLength(2)
    expect(badges.filter((b) => b === 'Changed')).toHaveLength(2)
    expect(badges.filter((b) => b === 'Removed')).toHaveLength(3)
  })

  it('says so plainly when there is no target, or nothing changes', () => {
    const { rerender } = showDiff(TODAY, emptyTeamMap())
    expect(screen.getByRole('status').textContent).toBe(
      'No target map yet: start it from today in the Target view.',
    )
    rerender(<MapDiffPanel today={TODAY} target={TODAY} lensTitle={lensTitle} />)
    expect(screen.getByRole('status').textContent).toBe('Target is the same as today.')
    const moved = { ...TODAY, teams: TODAY.teams.map((t) => ({ ...t, x: t.x + 40 })) }
    rerender(<MapDiffPanel today={TODAY} target={moved} lensTitle={lensTitle} />)
    expect(screen.getByRole('status').textContent).toBe(
      'Target is the same as today: teams were only moved on the canvas.',
    )
    expect(screen.queryByRole('img')).toBeNull()
  })

  it('names lens, scope and size changes, and a move only beside a real change', () => {
    const before = TODAY.teams[1]!
    const after = { ...before, lensIds: ['strategy'], scope: 'Cards and wallets', size: 6, x: 99 }
    showDiff(
      { ...TODAY, teams: [before], interactions: [], rituals: [], artifacts: [] },
      { ...TODAY, teams: [after], interactions: [], rituals: [], artifacts: [] },
    )
    expect(linesOf(/^Teams: 1 change$/)).toEqual([
      'Changed Payments: scope now ‘Cards and wallets’ (was nothing); size 6 instead of 5; lenses now Alignment (was none); moved on the canvas',
    ])
  })
})

describe('the drawing of the changes', () => {
  it('moves a removed team under the map when a target team now stands where it stood', () => {
    const today = { ...emptyTeamMap(), teams: [team('old', { name: 'Old', x: 100, y: 100 })] }
    const target = { ...emptyTeamMap(), teams: [team('new', { name: 'New', x: 110, y: 100 })] }
    const state = mapDiffState(today, target)
    if (state.kind !== 'changes') throw new Error('expected changes')
    const { map, highlights } = diffDrawingOf(target, state.diff)
    const ghost = map.teams.find((t) => t.key === 'old')
    expect(highlights.teams).toEqual({ old: 'removed', new: 'added' })
    expect(ghost?.y).toBeGreaterThan(100 + 64)
  })

  it('says a cleared note and an artifact no team owns in words', () => {
    const before = { ...TODAY.teams[1]!, note: 'Owns the card schemes' }
    showDiff(
      { ...emptyTeamMap(), teams: [before] },
      {
        ...emptyTeamMap(),
        teams: [{ ...before, note: '' }],
        artifacts: [
          { key: 'a', name: 'Strategy on a page', artifactKind: 'strategy', owner: null },
        ],
      },
    )
    expect(linesOf(/^Teams: 1 change$/)).toEqual(['Changed Payments: note removed'])
    expect(linesOf(/^Artifacts: 1 change$/)).toEqual([
      'Added Strategy on a page: new strategy, not owned by a team',
    ])
  })
})
