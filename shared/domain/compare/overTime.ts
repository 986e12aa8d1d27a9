/** The consensus radar, one person's radar, and what moved between an earlier workshop and this one. */
import type { LensId, MaturityLevel } from '../lens'
import { agendaLenses, compareRecords, type CompareSource } from './records'

export interface RadarPoint {
  lensId: string
  title: string
  current: MaturityLevel | null
  target: MaturityLevel | null
}

/** The consensus radar series, agenda order. */
export function radarSeries(snapshot: CompareSource): RadarPoint[] {
  const records = compareRecords(snapshot)
  return agendaLenses(snapshot).map(({ lensId, title }) => ({
    lensId,
    title,
    current: records.agreed(lensId, 'current'),
    target: records.agreed(lensId, 'target'),
  }))
}

/** One participant's own revealed ratings as a radar series (null where not revealed/rated/unsure). */
export function participantRadar(snapshot: CompareSource, participantId: string): RadarPoint[] {
  const records = compareRecords(snapshot)
  const inRoom = snapshot.participants.some((p) => p.id === participantId)
  const numeric = (lensId: LensId, state: 'current' | 'target') => {
    const value = inRoom ? records.revealedRating(participantId, lensId, state) : null
    return typeof value === 'number' ? value : null
  }
  return agendaLenses(snapshot).map(({ lensId, title }) => ({
    lensId,
    title,
    current: numeric(lensId, 'current'),
    target: numeric(lensId, 'target'),
  }))
}

export interface LensDelta {
  lensId: string
  title: string
  before: { current: number | null; target: number | null }
  after: { current: number | null; target: number | null }
  currentDelta: number | null
  targetDelta: number | null
  /** By currentDelta. */
  moved: 'up' | 'down' | 'same' | 'unknown'
  /**
   * Whether both workshops have this lens (matched by id), or only one: lenses of different
   * templates are named plainly as such, never compared with a lens that happens to sit there.
   */
  presence: LensPresence
}

export type LensPresence = 'both' | 'earlierOnly' | 'laterOnly'

function delta(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : after - before
}

/** Lenses matched by id (a lens in only one of the two appears with nulls on the other side), in the later series' order then the earlier's leftovers. */
export function lensDeltas(
  earlier: readonly RadarPoint[],
  later: readonly RadarPoint[],
): LensDelta[] {
  const before = new Map(earlier.map((point) => [point.lensId, point]))
  const after = new Map(later.map((point) => [point.lensId, point]))
  const lensIds = [...after.keys(), ...[...before.keys()].filter((id) => !after.has(id))]
  return lensIds.map((lensId): LensDelta => {
    const from = before.get(lensId)
    const to = after.get(lensId)
    const sides = {
      before: { current: from?.current ?? null, target: from?.target ?? null },
      after: { current: to?.current ?? null, target: to?.target ?? null },
    }
    const currentDelta = delta(sides.before.current, sides.after.current)
    const moved =
      currentDelta === null
        ? 'unknown'
        : currentDelta > 0
          ? 'up'
          : currentDelta < 0
            ? 'down'
            : 'same'
    return {
      lensId,
      title: to?.title ?? from?.title ?? lensId,
      ...sides,
      currentDelta,
      targetDelta: delta(sides.before.target, sides.after.target),
      moved,
      presence: from === undefined ? 'laterOnly' : to === undefined ? 'earlierOnly' : 'both',
    }
  })
}

/** What moved between two workshops, by their agreed scores: see lensDeltas. */
export function workshopDeltas(earlier: CompareSource, later: CompareSource): LensDelta[] {
  return lensDeltas(radarSeries(earlier), radarSeries(later))
}
