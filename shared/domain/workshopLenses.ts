/**
 * A workshop's own copy of its template, edited in Prepare: which edits it may take, what a lens
 * already holds before it is removed, and a new lens written in one go. The library editor may
 * hold a half-written template; a workshop's copy never does, since its session file, backups
 * and the room's screens read it at every moment. So an edit that would add a problem is refused,
 * and one that keeps the copy as sound as it was (an older copy may have had fewer prompts than
 * the editor now asks) is taken.
 */
import type { Bet } from './bet'
import type { Card } from './card'
import { MATURITY_LEVELS, type LensDefinition, type LensId, type MaturityLevel } from './lens'
import type { Consensus, GapNote, Rating } from './rating'
import type { MapElement } from './teamMap'
import { findLens, type Template } from './template'
import { NEW_LENS_LEVEL_LABELS, newLensId, type LevelWords } from './templateEdits'
import { templateProblems, type TemplateProblem } from './templateProblems'

/** The problems of `after` that `before` did not have; empty when the edit may be taken. */
export function addedTemplateProblems(before: Template, after: Template): TemplateProblem[] {
  const known = new Set(templateProblems(before).map(problemKey))
  return templateProblems(after).filter((problem) => !known.has(problemKey(problem)))
}

// A problem is the same one when it is about the same lens (by id, not position) and field.
function problemKey(problem: TemplateProblem): string {
  const { lensIndex: _position, ...rest } = problem as TemplateProblem & { lensIndex?: number }
  return JSON.stringify(rest, Object.keys(rest).sort())
}

/** Lens ids an edit may never drop or change: every lens of `before` is still in `after`. */
export function keepsEveryLens(before: Template, after: Template): boolean {
  return before.lenses.every((lens) => findLens(after, lens.id) !== undefined)
}

/** What the room has already put on a lens: removing the lens takes all of it. */
export interface LensContent {
  ratings: number
  /** Agreed scores (today or target) and revealed states. */
  agreed: number
  cards: number
  /** The key shift written for the lens. */
  notes: number
  /** Bets about this lens; they stay, about no lens. */
  bets: number
  /** Teams on either map linked to the lens; they stay, without the link. */
  teams: number
}

export interface LensContentSource {
  ratings: readonly Rating[]
  consensus: readonly Consensus[]
  cards: readonly Card[]
  gapNotes: readonly GapNote[]
  bets: readonly Bet[]
  mapElements: readonly MapElement[]
}

export function lensContent(source: LensContentSource, lensId: LensId): LensContent {
  const about = <T extends { lensId: LensId }>(list: readonly T[]) =>
    list.filter((record) => record.lensId === lensId).length
  return {
    ratings: about(source.ratings),
    agreed: source.consensus.filter((c) => c.lensId === lensId && (c.value !== null || c.revealed))
      .length,
    cards: about(source.cards),
    notes: source.gapNotes.filter((g) => g.lensId === lensId && g.keyShift.trim() !== '').length,
    bets: source.bets.filter((bet) => bet.lensId === lensId).length,
    teams: source.mapElements.filter((e) => e.kind === 'team' && e.lensIds.includes(lensId)).length,
  }
}

/** True when removing the lens would take something the room made: then the app asks first. */
export function hasLensContent(content: LensContent): boolean {
  return Object.values(content).some((count) => count > 0)
}

/** A lens the facilitator writes in Prepare: the words that make it this lens. */
export interface NewLensDraft {
  title: string
  coreQuestion: string
  prompts: string[]
}

/**
 * The scale a lens added in Prepare starts with: a plain, general reading of each level, for the
 * facilitator to reword later if the room needs sharper words. A workshop's copy must always be
 * complete, so a new lens cannot wait with empty descriptions as it can in the library.
 */
export const NEW_LENS_LEVEL_DESCRIPTIONS: Readonly<Record<MaturityLevel, string>> = {
  1: 'Little of this is in place yet; where it happens, it rests on a few people.',
  2: 'Some teams do this in their own way; it is not yet something others can rely on.',
  3: 'Most teams do this in a shared way, and leaders ask for it.',
  4: 'This is how the organisation works: it is measured and improved on purpose.',
  5: 'This is a strength others learn from, and it keeps adapting as things change.',
}

/** A new lens's starting scale in one language: a label and a description for each level. */
// A type, not an interface: a locale tree (a plain record of strings) must be able to hold it.
export type NewLensScaleWords = {
  labels: LevelWords
  descriptions: LevelWords
}

export const NEW_LENS_SCALE_ENGLISH: NewLensScaleWords = {
  labels: NEW_LENS_LEVEL_LABELS,
  descriptions: NEW_LENS_LEVEL_DESCRIPTIONS,
}

/**
 * The draft as a lens of `template`, with an id of its own taken from its title and the scale in
 * `scale`'s words (English unless the caller passes the app's language).
 */
export function lensFromDraft(
  template: Template,
  draft: NewLensDraft,
  scale: NewLensScaleWords = NEW_LENS_SCALE_ENGLISH,
): LensDefinition {
  return {
    id: newLensId(template, draft.title),
    title: draft.title.trim(),
    coreQuestion: draft.coreQuestion.trim(),
    prompts: draft.prompts.map((prompt) => prompt.trim()).filter((prompt) => prompt !== ''),
    scale: MATURITY_LEVELS.map((level) => ({
      level,
      label: scale.labels[level],
      description: scale.descriptions[level],
    })),
  }
}
