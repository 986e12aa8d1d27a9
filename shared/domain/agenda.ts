/**
 * The agenda against the clock: whether the planned timeboxes fit the time the room has, when
 * each lens is due to start, and the small edits the facilitator makes while preparing.
 * Times are local wall-clock 'HH:MM' strings, as a time input gives them; no dates, no zones.
 */
import type { AgendaItem } from './workshop'

export interface AgendaFit {
  planned: number
  available: number | null
  /** planned - available, 0 when it fits or unknown */
  overBy: number
  /** available - planned, 0 when over or unknown */
  spare: number
}

export const MIN_LENS_MINUTES = 5
export const MAX_LENS_MINUTES = 240

const MINUTES_PER_DAY = 24 * 60

export function plannedMinutes(agenda: readonly AgendaItem[]): number {
  return agenda.reduce((sum, item) => sum + item.minutes, 0)
}

/** Also accepts a one-digit hour ('9:05'), which people type even when the field asks for two. */
const CLOCK_TIME = /^(\d{1,2}):(\d{2})$/

/** 'HH:MM' 24h -> minutes since midnight, or null if not a valid time. */
export function parseClockTime(value: string): number | null {
  const match = CLOCK_TIME.exec(value)
  if (!match) return null
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (hours > 23 || minutes > 59) return null
  return hours * 60 + minutes
}

/** Minutes from start to end ('HH:MM'); null if either is missing/invalid or end is not after start. */
export function availableMinutes(start: string, end: string): number | null {
  const from = parseClockTime(start)
  const to = parseClockTime(end)
  if (from === null || to === null || to <= from) return null
  return to - from
}

export function agendaFit(agenda: readonly AgendaItem[], start: string, end: string): AgendaFit {
  const planned = plannedMinutes(agenda)
  const available = availableMinutes(start, end)
  if (available === null) return { planned, available, overBy: 0, spare: 0 }
  return {
    planned,
    available,
    overBy: Math.max(0, planned - available),
    spare: Math.max(0, available - planned),
  }
}

function formatClockTime(minutesSinceMidnight: number): string {
  const wrapped =
    ((Math.round(minutesSinceMidnight) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY
  const hours = Math.floor(wrapped / 60)
  const minutes = wrapped % 60
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}

/** The clock time ('HH:MM') at which each agenda item starts, given the workshop start; [] when start is invalid. Wraps past midnight modulo 24h. */
export function agendaSchedule(agenda: readonly AgendaItem[], start: string): string[] {
  const first = parseClockTime(start)
  if (first === null) return []
  let at = first
  return agenda.map((item) => {
    const time = formatClockTime(at)
    at += item.minutes
    return time
  })
}

/** Clamp and round a typed timebox to a whole number of minutes in [MIN, MAX]; NaN -> MIN. */
export function clampMinutes(value: number): number {
  if (Number.isNaN(value)) return MIN_LENS_MINUTES
  return Math.min(MAX_LENS_MINUTES, Math.max(MIN_LENS_MINUTES, Math.round(value)))
}

/** An index inside a list of `length` items; NaN counts as the start. */
function clampIndex(index: number, length: number): number {
  const whole = Number.isNaN(index) ? 0 : Math.trunc(index)
  return Math.min(Math.max(whole, 0), Math.max(length - 1, 0))
}

/** A new array with the item at `from` moved to index `to` (indices clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const result = [...list]
  if (result.length === 0) return result
  const [item] = result.splice(clampIndex(from, list.length), 1) as [T]
  result.splice(clampIndex(to, list.length), 0, item)
  return result
}
