/**
 * What the room may see on the projector, as plain data: the presenter screen only draws this.
 * Every rule about what stays private lives here, so it can be proved once rather than trusted in
 * each component: a rating's note is never read, a state's ratings are read only once revealed
 * (through compareRecords, which hands out nothing else), and names are left out of an anonymous
 * workshop before anything reaches the screen.
 */
import { rankGaps, radarSeries, type RadarPoint, type RankedGap } from './compare'
import { agendaLenses } from './compare/records'
import type { LensDefinition } from './lens'
import { presenterMapView, type PresenterMapView, type PresenterState } from './presenter'
import { contentOf, type RoomContent } from './roomContent'
import type { WorkshopSnapshot } from './snapshot'
import { sameStep, stepMinutes, stepSequence, type LensStep, type StepRef } from './steps'
import { teamMapOf, type TeamMap } from './teamMap'
import { findLens } from './template'
import { createTimer, isTimeUp, remaining } from './timer'
import { DEFAULT_LENS_MINUTES } from './workshop'

export type { RoomCard, RoomContent, RoomLevel, RoomScaleLevel } from './roomContent'

export interface RoomTimer {
  durationMs: number
  /** Time left, never below zero. */
  remainingMs: number
  /** Time past the planned end; zero until the time is up. */
  overrunMs: number
  running: boolean
  timeUp: boolean
}

export interface RoomLens {
  title: string
  coreQuestion: string
  /** 1-based place on the agenda. */
  number: number
  count: number
}

export type RoomView =
  | { kind: 'blank' }
  | { kind: 'waiting'; title: string }
  | {
      kind: 'timer'
      title: string
      lens: RoomLens | null
      step: LensStep | null
      timer: RoomTimer | null
    }
  | { kind: 'compare'; title: string; radar: RadarPoint[]; ranking: RankedGap[] }
  /**
   * Both maps whichever one is shown: the changes need both, and a team map holds nothing
   * private (no rating, no hidden state), so the room may see all of it.
   */
  | {
      kind: 'map'
      title: string
      view: PresenterMapView
      today: TeamMap
      target: TeamMap
      /** Lens id to title, for a team whose lenses changed. */
      lensTitles: Record<string, string>
    }
  | {
      kind: 'step'
      title: string
      lens: RoomLens
      step: LensStep
      timer: RoomTimer
      content: RoomContent
    }

interface Place {
  position: StepRef
  lens: LensDefinition
  room: RoomLens
}

/**
 * Where the facilitator is, as their own screen resolves it: nowhere before they start; a saved
 * step that is no longer on the agenda falls back to the first step, as it does for them.
 */
function placeOf(snapshot: WorkshopSnapshot): Place | null {
  const { workshop } = snapshot
  if (workshop.position === null) return null
  const sequence = stepSequence(workshop.agenda)
  const saved = workshop.position
  const position = sequence.find((step) => sameStep(step, saved)) ?? sequence[0]
  if (!position) return null
  const lens = findLens(workshop.template, position.lensId)
  if (!lens) return null
  const lenses = agendaLenses(snapshot)
  const index = lenses.findIndex((l) => l.lensId === lens.id)
  return {
    position,
    lens,
    room: {
      title: lens.title,
      coreQuestion: lens.coreQuestion,
      number: index + 1,
      count: lenses.length,
    },
  }
}

/** The step's saved timer when it belongs to this step, else the fresh one the facilitator sees. */
function timerOf(snapshot: WorkshopSnapshot, position: StepRef, now: number): RoomTimer {
  const { workshop } = snapshot
  const saved = workshop.timer
  const minutes =
    workshop.agenda.find((a) => a.lensId === position.lensId)?.minutes ?? DEFAULT_LENS_MINUTES
  const timer =
    saved && sameStep(saved.step, position)
      ? saved.timer
      : createTimer(stepMinutes(minutes, position.step) * 60_000)
  const left = remaining(timer, now)
  return {
    durationMs: timer.durationMs,
    remainingMs: Math.max(0, left),
    overrunMs: Math.max(0, -left),
    running: timer.runningSince !== null,
    timeUp: isTimeUp(timer, now),
  }
}

/** Exactly what the room may see now, given the facilitator's display choice. */
export function roomView(
  snapshot: WorkshopSnapshot,
  presenter: Pick<PresenterState, 'blank' | 'mode' | 'mapView'>,
  now: number,
): RoomView {
  if (presenter.blank) return { kind: 'blank' }
  const title = snapshot.workshop.title
  const place = placeOf(snapshot)
  if (presenter.mode === 'compare') {
    const ranking = rankGaps(snapshot).filter((row) => row.rank !== null)
    return { kind: 'compare', title, radar: radarSeries(snapshot), ranking }
  }
  if (presenter.mode === 'map') {
    return {
      kind: 'map',
      title,
      view: presenterMapView(presenter),
      today: teamMapOf(snapshot.mapElements, 'today'),
      target: teamMapOf(snapshot.mapElements, 'target'),
      lensTitles: Object.fromEntries(
        snapshot.workshop.template.lenses.map((lens) => [lens.id, lens.title]),
      ),
    }
  }
  if (presenter.mode === 'timer') {
    return {
      kind: 'timer',
      title,
      lens: place?.room ?? null,
      step: place?.position.step ?? null,
      timer: place ? timerOf(snapshot, place.position, now) : null,
    }
  }
  if (!place) return { kind: 'waiting', title }
  const { position, lens, room } = place
  return {
    kind: 'step',
    title,
    lens: room,
    step: position.step,
    timer: timerOf(snapshot, position, now),
    content: contentOf(snapshot, lens, position.step),
  }
}
