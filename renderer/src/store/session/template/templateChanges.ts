/**
 * The record changes of editing an open workshop's own template copy in Prepare: a reworded
 * lens, a lens added, a lens removed with everything the room had put on it. Each is one undoable
 * step through the one edit mechanism. Refusals come back as the sentence to show, and change
 * nothing: the copy is never left half-written (see workshopLenses.ts).
 */
import {
  addedTemplateProblems,
  DEFAULT_LENS_MINUTES,
  describeTemplateProblem,
  keepsEveryLens,
  LENS_STEPS,
  lensFromDraft,
  type LensId,
  type NewLensDraft,
  type NewLensScaleWords,
  type Template,
  type TemplateProblemWords,
  type Workshop,
} from '@shared/domain'
import { templateSchema } from '@shared/schema/template'
import { change, type RecordChange, type RecordFactory } from '../../../db'
import type { EditResult } from '../edits'
import type { SessionData } from '../sessionData'

/** Why a template edit was refused: a sentence for the field, or the copy was not kept whole. */
export type TemplateEditProblem = { sentence: string }

/** The words of the app's language at the moment of the edit, read by the caller. */
export interface TemplateEditWords {
  problems: TemplateProblemWords
  /** A new lens's starting scale. */
  scale: NewLensScaleWords
  /** The copy's own refusals: an edit that would leave it incomplete, or change its lenses. */
  refused: { incomplete: string; structure: string }
}

const refused = (sentence: string): EditResult<TemplateEditProblem> => ({
  ok: false,
  problem: { sentence },
})

function withTemplate(
  data: SessionData,
  template: Template,
  patch: Partial<Workshop>,
  records: RecordFactory,
): RecordChange {
  const workshop = data.workshop
  return change('workshops', workshop, {
    ...workshop,
    ...patch,
    template,
    updatedAt: records.now(),
  })
}

/** Refuses a copy with a new problem, or one that the session file would not take. */
function check(
  before: Template,
  after: Template,
  words: TemplateEditWords,
): EditResult<TemplateEditProblem> | null {
  const [first] = addedTemplateProblems(before, after)
  if (first) return refused(describeTemplateProblem(first, after, words.problems))
  if (!templateSchema.safeParse(after).success) return refused(words.refused.incomplete)
  return null
}

/** Rewords the copy (a title, a prompt, a level); it may not add or remove lenses. */
export function editTemplateChanges(
  data: SessionData,
  edit: (template: Template) => Template,
  records: RecordFactory,
  words: TemplateEditWords,
): EditResult<TemplateEditProblem> {
  const before = data.workshop.template
  const after = edit(before)
  if (after === before) return { ok: true, changes: [] }
  if (after.lenses.length !== before.lenses.length || !keepsEveryLens(before, after))
    return refused(words.refused.structure)
  return (
    check(before, after, words) ?? {
      ok: true,
      changes: [withTemplate(data, after, {}, records)],
    }
  )
}

/** A lens written in one go, at the end of the copy and of the agenda (unless optional). */
export function addLensChanges(
  data: SessionData,
  draft: NewLensDraft,
  records: RecordFactory,
  words: TemplateEditWords,
): EditResult<TemplateEditProblem> & { lensId?: LensId } {
  const before = data.workshop.template
  const lens = lensFromDraft(before, draft, words.scale)
  const after = { ...before, lenses: [...before.lenses, lens] }
  const problem = check(before, after, words)
  if (problem) return problem
  const agenda = [...data.workshop.agenda, { lensId: lens.id, minutes: DEFAULT_LENS_MINUTES }]
  return { ok: true, changes: [withTemplate(data, after, { agenda }, records)], lensId: lens.id }
}

/**
 * Removes a lens and what the room put on it (ratings, agreed scores, cards, the key shift), in
 * one step so undo brings all of it back. Bets about it and teams linked to it stay, without the
 * lens. If the facilitator was on that lens, they land on the lens that takes its place.
 */
export function removeLensChanges(
  data: SessionData,
  lensId: LensId,
  records: RecordFactory,
): RecordChange[] {
  const { workshop } = data
  const template = workshop.template
  if (template.lenses.length <= 1 || !template.lenses.some((lens) => lens.id === lensId)) return []
  const lenses = template.lenses.filter((lens) => lens.id !== lensId)
  const remaining = workshop.agenda.filter((item) => item.lensId !== lensId)
  // The agenda is never left empty: the first lens left takes the place of the last one planned.
  const agenda =
    remaining.length > 0 ? remaining : [{ lensId: lenses[0]!.id, minutes: DEFAULT_LENS_MINUTES }]
  const removedAt = Math.max(
    workshop.agenda.findIndex((item) => item.lensId === lensId),
    0,
  )
  const landing = agenda[Math.min(removedAt, agenda.length - 1)]!.lensId
  const position =
    workshop.position?.lensId === lensId
      ? { lensId: landing, step: LENS_STEPS[0] }
      : workshop.position
  const timer = workshop.timer?.step.lensId === lensId ? null : workshop.timer
  const gone = <T extends { lensId: LensId }>(list: readonly T[]) =>
    list.filter((record) => record.lensId === lensId)
  const now = records.now()
  return [
    ...gone(data.ratings).map((r) => change('ratings', r, undefined)),
    ...gone(data.consensus).map((c) => change('consensus', c, undefined)),
    ...gone(data.gapNotes).map((g) => change('gapNotes', g, undefined)),
    ...gone(data.cards).map((c) => change('cards', c, undefined)),
    ...data.bets
      .filter((bet) => bet.lensId === lensId)
      .map((bet) => change('bets', bet, { ...bet, lensId: null, updatedAt: now })),
    ...data.mapElements.flatMap((element) =>
      element.kind === 'team' && element.lensIds.includes(lensId)
        ? [
            change('mapElements', element, {
              ...element,
              lensIds: element.lensIds.filter((id) => id !== lensId),
              updatedAt: now,
            }),
          ]
        : [],
    ),
    withTemplate(data, { ...template, lenses }, { agenda, position, timer }, records),
  ]
}
