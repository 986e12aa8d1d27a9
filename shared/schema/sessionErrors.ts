/**
 * Why a session file was refused, in one plain sentence a facilitator can act on: the error
 * codes, and which sentence says what is wrong at a place in the file. Validation issues arrive
 * as zod issues; this is the only place that reads them. The words come from refusalWords.ts,
 * in English unless the caller hands in another language.
 */
import type { z } from 'zod'
import { entryOf, fill } from '../i18n/phrases'
import { fieldName, type Say } from './refusalWords'

export type SessionFileErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'notJson'
  | 'truncated'
  | 'notVantage'
  | 'newerVersion'
  | 'unknownVersion'
  | 'invalid'

export interface SessionFileError {
  code: SessionFileErrorCode
  /** One sentence naming the problem, in the language the file was read in. */
  detail: string
}

type Path = readonly PropertyKey[]

/** The value at a path of the parsed document, reading own properties only. */
export function valueAt(doc: unknown, path: Path): { present: boolean; value: unknown } {
  let current: unknown = doc
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key))
      return { present: false, value: undefined }
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return { present: true, value: current }
}

function sizeOf(value: unknown): number {
  return typeof value === 'string' || Array.isArray(value) ? value.length : Number(value)
}

/** A problem coded by the schemas (ours and the template's), or the plain "is not valid". */
function codedProblem(say: Say, message: string): string {
  return entryOf(say.words.problems, message) ?? say.words.problems.notValid
}

function problemOf(say: Say, issue: z.core.$ZodIssue, present: boolean, value: unknown): string {
  const { problems } = say.words
  switch (issue.code) {
    case 'invalid_type': {
      if (!present) return problems.missing
      const expected = entryOf(say.words.expected, issue.expected) ?? issue.expected
      return fill(problems.wrongType, { expected, actual: say.value(value) })
    }
    case 'invalid_value':
      if (!present) return problems.missing
      return fill(problems.wrongValue, {
        actual: say.value(value),
        allowed: issue.values.map(say.value).join(say.words.values.or),
      })
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big'
      const limit = say.count(Number(big ? issue.maximum : issue.minimum))
      const size = say.count(sizeOf(value))
      if (issue.exact) return fill(problems.exactCount, { limit, size })
      if (issue.origin === 'string')
        return big ? fill(problems.textTooLong, { size, limit }) : problems.empty
      if (issue.origin === 'array')
        return fill(big ? problems.tooManyEntries : problems.tooFewEntries, { size, limit })
      return fill(big ? problems.tooLarge : problems.tooSmall, { size, limit })
    }
    case 'invalid_union':
      // A discriminated union that matched no option: name the value, as an enum would.
      if (present && typeof value === 'string' && 'discriminator' in issue)
        return fill(problems.unknownOption, { actual: say.value(value) })
      return codedProblem(say, issue.message)
    default:
      return codedProblem(say, issue.message)
  }
}

/** A score outside the scale gets the sentence a facilitator expects ("Rating 12 has the score 7"). */
function scoreProblem(say: Say, path: Path, value: unknown): string | null {
  const [list, index, field] = path
  if (path.length !== 3 || field !== 'value' || typeof index !== 'number') return null
  const values = { place: say.place([list as string, index]), value: say.value(value) }
  if (list === 'ratings') return say.sentence(say.words.record.ratingScore, values)
  if (list === 'consensus') return say.sentence(say.words.record.consensusScore, values)
  return null
}

/** A field the schema does not know, at `path` (an object). */
export function unknownKeySentence(say: Say, path: Path, keys: readonly string[]): string {
  // Quoted briefly: a hostile file may use a megabyte as a key.
  const names = keys.map(say.value).join(', ')
  const { record } = say.words
  const template = keys.length === 1 ? record.unknownField : record.unknownFields
  return say.sentence(template, { place: say.place(path), names })
}

function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i])
}

/**
 * A missing field next to an unknown one is most likely a typo: say both in one sentence, so
 * the facilitator sees "noet" and "note" together.
 */
function typoSentence(say: Say, issues: readonly z.core.$ZodIssue[], doc: unknown): string | null {
  const [first] = issues
  if (first?.code !== 'invalid_type' || valueAt(doc, first.path).present) return null
  const owner = first.path.slice(0, -1)
  const unknown = issues.find((i) => i.code === 'unrecognized_keys' && samePath(i.path, owner))
  if (unknown?.code !== 'unrecognized_keys') return null
  return say.sentence(say.words.record.typo, {
    place: say.place(owner),
    field: fieldName(say, String(first.path[first.path.length - 1])),
    names: unknown.keys.map(say.value).join(', '),
  })
}

/** One sentence for the first thing wrong; `doc` is what was validated, to quote the bad value. */
export function describeIssues(
  say: Say,
  issues: readonly z.core.$ZodIssue[],
  doc: unknown,
): string {
  const [first] = issues
  if (first === undefined) return say.words.notValid
  return typoSentence(say, issues, doc) ?? describeIssue(say, first, doc)
}

function describeIssue(say: Say, issue: z.core.$ZodIssue, doc: unknown): string {
  if (issue.code === 'unrecognized_keys') return unknownKeySentence(say, issue.path, issue.keys)
  const { present, value } = valueAt(doc, issue.path)
  if (present) {
    const score = scoreProblem(say, issue.path, value)
    if (score !== null) return score
  }
  return say.sentence(say.words.record.problem, {
    place: say.place(issue.path),
    problem: problemOf(say, issue, present, value),
  })
}
