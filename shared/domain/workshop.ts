/**
 * The workshop: its identity, the details the facilitator prepares, and the frozen template it
 * is run with. Pure helpers for listing and copying workshops live here too.
 */
import type { EarlierWorkshop } from './compare/earlier'
import type { LensId } from './lens'
import type { StepRef } from './steps'
import type { VotingSettings } from './vote'
import type { StepTimer } from './timer'
import type { Template } from './template'

export interface AgendaItem {
  lensId: LensId
  /** Planned minutes for the whole lens (introduce, rate, reveal, agree). */
  minutes: number
}

export interface WorkshopDetails {
  title: string
  organisation: string
  /** ISO calendar date, YYYY-MM-DD; empty when not decided yet. */
  date: string
  facilitator: string
}

export interface Workshop extends WorkshopDetails {
  id: string
  /** When true, ratings are shown and printed without names. */
  anonymous: boolean
  /** Planned start and end, 'HH:MM' (24 h), or '' when not planned yet. */
  startTime: string
  endTime: string
  agenda: AgendaItem[]
  /** Where the facilitator is, so that reopening the app resumes there; null before starting. */
  position: StepRef | null
  /** The running or paused step timer, kept with the workshop so a reload does not reset it. */
  timer: { step: StepRef; timer: StepTimer } | null
  /** The dot-voting round on this workshop's bets. */
  voting: VotingSettings
  /** The earlier workshop this one is compared with over time; null when none was picked. */
  earlier: EarlierWorkshop | null
  /** The workshop's own copy of the template, frozen when it was created. */
  template: Template
  createdAt: number
  updatedAt: number
  /** Set when the facilitator deletes it; cleared by undo. Deleted workshops are not listed. */
  deletedAt: number | null
}

export const TITLE_MAX_LENGTH = 120
export const DETAIL_MAX_LENGTH = 120
export const DEFAULT_LENS_MINUTES = 30

/**
 * The agenda a new workshop starts with: every lens the template does not mark optional, in its
 * order. Optional lenses wait in Prepare to be ticked in; a template of optional lenses only
 * starts with all of them, since a workshop with an empty agenda has nothing to run.
 */
export function defaultAgenda(template: Template): AgendaItem[] {
  const required = template.lenses.filter((lens) => lens.optional !== true)
  return (required.length > 0 ? required : template.lenses).map((lens) => ({
    lensId: lens.id,
    minutes: DEFAULT_LENS_MINUTES,
  }))
}

/**
 * Most recently edited first; equal times fall back to title so the order never flickers.
 * The last tie-break compares ids by code unit: localeCompare treats some distinct strings as
 * equal (ignorable characters, canonically equivalent accents), which would leave their order
 * to the input.
 */
export function sortByLastEdited<T extends Pick<Workshop, 'updatedAt' | 'title' | 'id'>>(
  workshops: readonly T[],
): T[] {
  return [...workshops].sort(
    (a, b) =>
      b.updatedAt - a.updatedAt ||
      a.title.localeCompare(b.title) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

/**
 * The title of a copy: "<title> (copy)", then "(copy 2)", "(copy 3)"... skipping titles in use.
 * The wording comes from the caller so that it can be translated. A long title is shortened so
 * that the copy's title is still a valid title.
 */
export function titleForCopy(
  title: string,
  existingTitles: readonly string[],
  copyLabel: (n: number) => string,
): string {
  const taken = new Set(existingTitles)
  for (let n = 1; ; n++) {
    const label = copyLabel(n)
    const room = Math.max(0, TITLE_MAX_LENGTH - label.length - 1)
    const base = title.length <= room ? title : title.slice(0, room).trimEnd()
    const candidate = `${base} ${label}`
    if (!taken.has(candidate)) return candidate
  }
}
