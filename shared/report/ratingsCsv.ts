/**
 * Every rating of a workshop as CSV for a spreadsheet: one row per person, agenda lens and state.
 * The words come from the caller so they can be translated; csv.ts does the writing.
 */
import { findLens, RATING_STATES, type Participant, type RatingState } from '../domain'
import { toCsv } from './csv'
import type { ReportSource } from './reportModel'

export interface RatingsCsvLabels {
  columns: {
    participant: string
    role: string
    lens: string
    state: string
    score: string
    note: string
    revealed: string
  }
  states: Record<RatingState, string>
  unsure: string
  revealed: { yes: string; no: string }
  /** The stand-in for the n-th person (from 1) of an anonymous workshop: "Participant 3". */
  anonymousName: (n: number) => string
}

export type RatingsCsvSource = Pick<
  ReportSource,
  'workshop' | 'participants' | 'ratings' | 'consensus'
>

interface Person {
  id: string
  name: string
  role: string
}

/**
 * An anonymous workshop numbers people in the order of their random ids, not in the list order
 * that the PDF's cover prints, so "Participant 3" cannot be looked up there.
 */
function people(source: RatingsCsvSource, labels: RatingsCsvLabels): Person[] {
  const present: readonly Participant[] = source.participants
  if (!source.workshop.anonymous)
    return [...present]
      .sort((a, b) => a.order - b.order)
      .map((p) => ({ id: p.id, name: p.name, role: p.role }))
  return [...present]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p, index) => ({ id: p.id, name: labels.anonymousName(index + 1), role: '' }))
}

export function ratingsCsv(source: RatingsCsvSource, labels: RatingsCsvLabels): string {
  const { workshop } = source
  const lenses = workshop.agenda.flatMap((item) => findLens(workshop.template, item.lensId) ?? [])
  const rows: (string | number)[][] = []
  for (const person of people(source, labels)) {
    for (const lens of lenses) {
      for (const state of RATING_STATES) {
        const rating = source.ratings.find(
          (r) => r.participantId === person.id && r.lensId === lens.id && r.state === state,
        )
        const revealed = source.consensus.some(
          (c) => c.lensId === lens.id && c.state === state && c.revealed,
        )
        // Like the PDF, the CSV never carries a rating the room has not seen: a file exported
        // mid-workshop can be opened on the projector. The session file keeps everything.
        const shown = revealed ? rating : undefined
        const score =
          shown === undefined ? '' : shown.value === 'unsure' ? labels.unsure : shown.value
        rows.push([
          person.name,
          person.role,
          lens.title,
          labels.states[state],
          score,
          shown?.note ?? '',
          revealed ? labels.revealed.yes : labels.revealed.no,
        ])
      }
    }
  }
  const { columns } = labels
  const fields = [
    columns.participant,
    columns.role,
    columns.lens,
    columns.state,
    columns.score,
    columns.note,
    columns.revealed,
  ]
  return toCsv(fields, rows)
}
