/**
 * The team map section of the report model: every team of both maps with its type, scope, size
 * and funding, every interaction mode, rituals and artifacts with team names, and the diff; the
 * section is left out while both maps are empty and the diff while there is no target.
 */
import { describe, expect, it } from 'vitest'
import { INTERACTION_MODES, TEAM_TYPES, diffTeamMaps } from '@shared/domain'
import { buildReport, reportTeamMap } from '@shared/report'
import { elementsOf, TARGET, TODAY } from '../domain/teamMap/sampleMaps'
import { makeSource, makeWorkshop, WORKSHOP_ID } from './fixtures'

const GENERATED = '2025-03-14T12:00:00.000Z'
const both = [
  ...elementsOf(WORKSHOP_ID, 'today', TODAY),
  ...elementsOf(WORKSHOP_ID, 'target', TARGET),
]
const template = makeWorkshop().template

describe('reportTeamMap', () => {
  it('holds every team of both maps, by name, with type, scope, size and funding', () => {
    const section = reportTeamMap(both, template)
    expect(section?.today?.teams.map((t) => t.name)).toEqual([
      'Agile coaching',
      'Fraud scoring',
      'Operations desk',
      'Payments',
      'Web shop',
    ])
    expect(section?.target?.teams.map((t) => t.name)).toEqual([
      'Agile coaching',
      'Checkout',
      'Fraud scoring',
      'Growth',
      'Payments',
    ])
    expect(section?.today?.teams.find((t) => t.name === 'Web shop')).toEqual({
      key: 't-shop',
      name: 'Web shop',
      type: 'stream-aligned',
      scope: 'The online shop',
      size: 7,
      funding: 'project',
    })
    expect(new Set(section?.today?.teams.map((t) => t.type))).toEqual(new Set(TEAM_TYPES))
  })

  it('keeps each map whole for the drawing, every interaction mode included', () => {
    const section = reportTeamMap(both, template)
    expect(new Set(section?.today?.map.interactions.map((i) => i.mode))).toEqual(
      new Set(INTERACTION_MODES),
    )
    expect(section?.target?.map.teams).toHaveLength(TARGET.teams.length)
  })

  it('names the teams of rituals and artifacts', () => {
    const section = reportTeamMap(both, template)
    expect(section?.target?.rituals).toEqual([
      {
        key: 'r-bets',
        name: 'Bet review',
        cadence: 'Every six weeks',
        attendees: ['Checkout', 'Growth'],
      },
      { key: 'r-review', name: 'Quarterly review', cadence: 'Quarterly', attendees: ['Payments'] },
    ])
    expect(section?.target?.artifacts).toContainEqual({
      key: 'a-brief',
      name: 'Growth bet brief',
      kind: 'bet-brief',
      owner: 'Growth',
    })
  })

  it('holds the diff from today to the target, and lens titles to word it', () => {
    const section = reportTeamMap(both, template)
    expect(section?.diff).toEqual(diffTeamMaps(TODAY, TARGET))
    expect(Object.keys(section?.lensTitles ?? {})).toEqual(template.lenses.map((l) => l.id))
  })

  it('has no diff without a target, and no section when both maps are empty', () => {
    const todayOnly = reportTeamMap(elementsOf(WORKSHOP_ID, 'today', TODAY), template)
    expect(todayOnly?.target).toBeNull()
    expect(todayOnly?.diff).toBeNull()
    expect(reportTeamMap([], template)).toBeNull()
  })

  it('is part of the report built from a workshop', () => {
    expect(buildReport(makeSource({ mapElements: both }), GENERATED).extras.teamMap).toEqual(
      reportTeamMap(both, template),
    )
    expect(buildReport(makeSource(), GENERATED).extras.teamMap).toBeNull()
  })
})
