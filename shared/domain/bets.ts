/**
 * Writing a bet: the fields a facilitator types, how they are checked before anything is stored,
 * and the drafts a gap or a card suggests. Errors are codes, not sentences: the renderer turns
 * them into words, and the wording of a prefilled hypothesis comes from the caller for the same
 * reason.
 */
import type { Bet } from './bet'
import type { Card } from './card'
import type { RankedGap } from './compare/gaps'
import type { LensId } from './lens'

/**
 * The session file's limits (SESSION_LIMITS.shortTextMaxLength / longTextMaxLength), repeated
 * here because the schema imports the domain, not the other way round; a test holds them equal,
 * so a bet the app stores always fits its file.
 */
export const BET_SHORT_TEXT_MAX = 200
export const BET_LONG_TEXT_MAX = 2000

/** One-line fields, and the ones a bet's reasoning is written in. */
export const BET_SHORT_FIELDS = ['title', 'owner', 'horizon', 'size'] as const
export const BET_LONG_FIELDS = ['hypothesis', 'risk', 'upside'] as const
export type BetTextField = (typeof BET_SHORT_FIELDS)[number] | (typeof BET_LONG_FIELDS)[number]

/** What a facilitator decides about a bet, as stored. */
export type BetFields = Pick<Bet, BetTextField | 'lensId' | 'teamKeys' | 'reviewDate'>

/** The same fields as a form holds them: text as typed, the review date '' when there is none. */
export interface BetDraft extends Omit<BetFields, 'reviewDate'> {
  reviewDate: string
}

export interface BetDraftErrors {
  title?: 'required' | 'tooLong'
  hypothesis?: 'tooLong'
  risk?: 'tooLong'
  upside?: 'tooLong'
  owner?: 'tooLong'
  horizon?: 'tooLong'
  size?: 'tooLong'
  /** Only checked when the caller says which lenses exist. */
  lensId?: 'unknownLens'
  /** Only checked when the caller says which teams exist. */
  teamKeys?: 'unknownTeam'
  reviewDate?: 'invalidDate'
}

export type BetDraftValidation =
  { ok: true; value: BetFields } | { ok: false; errors: BetDraftErrors }

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A calendar date that exists: 2025-02-30 has the right shape and is still refused. */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const [y, m, d] = value.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

export function emptyBetDraft(hypothesis = ''): BetDraft {
  return {
    title: '',
    hypothesis,
    risk: '',
    upside: '',
    owner: '',
    horizon: '',
    size: '',
    lensId: null,
    teamKeys: [],
    reviewDate: '',
  }
}

/** A stored bet as the form edits it. */
export function draftOfBet(bet: BetFields): BetDraft {
  return {
    title: bet.title,
    hypothesis: bet.hypothesis,
    risk: bet.risk,
    upside: bet.upside,
    owner: bet.owner,
    horizon: bet.horizon,
    size: bet.size,
    lensId: bet.lensId,
    teamKeys: [...bet.teamKeys],
    reviewDate: bet.reviewDate ?? '',
  }
}

/**
 * Trims every text and checks it against the file's limits (lengths in UTF-16 code units, as
 * zod counts them); the title is required. With `knownLenses` (and `knownTeams`), a lens (or a
 * team) outside them is refused too, as the session file would refuse it.
 */
export function validateBetDraft(
  draft: BetDraft,
  knownLenses?: readonly LensId[],
  knownTeams?: readonly string[],
): BetDraftValidation {
  const errors: BetDraftErrors = {}
  const text = (field: BetTextField) => draft[field].trim()
  const value: BetFields = {
    title: text('title'),
    hypothesis: text('hypothesis'),
    risk: text('risk'),
    upside: text('upside'),
    owner: text('owner'),
    horizon: text('horizon'),
    size: text('size'),
    lensId: draft.lensId,
    // Each team once: a bet changes a team or it does not.
    teamKeys: [...new Set(draft.teamKeys)],
    reviewDate: draft.reviewDate.trim() || null,
  }
  for (const field of BET_SHORT_FIELDS)
    if (value[field].length > BET_SHORT_TEXT_MAX) errors[field] = 'tooLong'
  for (const field of BET_LONG_FIELDS)
    if (value[field].length > BET_LONG_TEXT_MAX) errors[field] = 'tooLong'
  if (value.title === '') errors.title = 'required'
  if (value.reviewDate !== null && !isCalendarDate(value.reviewDate))
    errors.reviewDate = 'invalidDate'
  if (knownLenses && value.lensId !== null && !knownLenses.includes(value.lensId))
    errors.lensId = 'unknownLens'
  if (knownTeams && value.teamKeys.some((key) => !knownTeams.includes(key)))
    errors.teamKeys = 'unknownTeam'
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value }
}

/**
 * Text made to fit a one-line field: whitespace (newlines too) collapsed, and when still too long,
 * cut at a code point boundary with an ellipsis so the cut shows.
 */
export function fitOneLine(text: string, max = BET_SHORT_TEXT_MAX): string {
  const line = text.trim().replace(/\s+/g, ' ')
  if (line.length <= max) return line
  let end = max - 1
  // Never split a surrogate pair: half an emoji is not a character.
  const code = line.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end -= 1
  return `${line.slice(0, end).trimEnd()}…`
}

/**
 * A bet suggested by a ranked gap: its lens, and the key shift the room wrote as the title. With
 * no key shift the title stays empty, so the room names the bet rather than saving a stock
 * phrase. `hypothesis` is the opening the form starts from ("We believe that ").
 */
export function betFromGap(gap: RankedGap, hypothesis = ''): BetDraft {
  return { ...emptyBetDraft(hypothesis), title: fitOneLine(gap.keyShift), lensId: gap.lensId }
}

/** A bet suggested by a card: the card's words as the title, on the card's lens. */
export function betFromCard(card: Pick<Card, 'text' | 'lensId'>, hypothesis = ''): BetDraft {
  return { ...emptyBetDraft(hypothesis), title: fitOneLine(card.text), lensId: card.lensId }
}

/** The agreed gap of the lens a bet is linked to, for display; null without a lens or a gap. */
export function gapOfBet(bet: Pick<Bet, 'lensId'>, gaps: readonly RankedGap[]): number | null {
  if (bet.lensId === null) return null
  return gaps.find((gap) => gap.lensId === bet.lensId)?.gap ?? null
}
