/** The large-workshop generator: deterministic from its seed, valid as a session file, sized as asked. */
import { describe, expect, it } from 'vitest'
import { parseSessionFile, serializeSession } from '@shared/schema/sessionFile'
import { bigWorkshop } from '../../support/bigWorkshop'

const AT = new Date('2025-03-04T12:00:00Z')
const BIG = { seed: 42, participants: 40, cards: 400, bets: 60 }

describe('bigWorkshop', () => {
  it('gives the same workshop for the same seed, and another for another seed', () => {
    const a = serializeSession(bigWorkshop(BIG), AT)
    expect(serializeSession(bigWorkshop(BIG), AT)).toBe(a)
    expect(serializeSession(bigWorkshop({ ...BIG, seed: 43 }), AT)).not.toBe(a)
  })

  it('round-trips through the session file parser', () => {
    const snapshot = bigWorkshop(BIG)
    const result = parseSessionFile(serializeSession(snapshot, AT))
    expect(result.ok ? null : result.error).toBeNull()
    if (result.ok) expect(result.snapshot).toEqual(snapshot)
  })

  it('has the requested sizes, a rating for every person, lens and state', () => {
    const s = bigWorkshop(BIG)
    expect(s.participants).toHaveLength(40)
    expect(s.workshop.template.lenses).toHaveLength(6)
    expect(s.cards).toHaveLength(400)
    expect(s.bets).toHaveLength(60)
    expect(s.ratings).toHaveLength(40 * 6 * 2)
    expect(s.consensus.filter((c) => c.revealed).length).toBeGreaterThan(6)
  })

  it('puts every card in one column of one lens when asked', () => {
    const s = bigWorkshop({ ...BIG, cards: 300, lenses: 1, columns: ['current'] })
    expect(new Set(s.cards.map((c) => `${c.lensId}:${c.column}`))).toEqual(
      new Set(['alignment:current']),
    )
    expect(parseSessionFile(serializeSession(s, AT)).ok).toBe(true)
  })

  it('draws a team map of the asked size on both maps, valid as a file', () => {
    const s = bigWorkshop({ ...BIG, map: { teams: 60, interactions: 150 } })
    const count = (side: string, kind: string) =>
      s.mapElements.filter((e) => e.side === side && e.kind === kind).length
    expect([count('today', 'team'), count('today', 'interaction')]).toEqual([60, 150])
    expect([count('target', 'team'), count('target', 'interaction')]).toEqual([60, 150])
    const result = parseSessionFile(serializeSession(s, AT))
    expect(result.ok ? null : result.error).toBeNull()
  })
})
