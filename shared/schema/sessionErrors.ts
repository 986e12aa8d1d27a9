/**
 * Why a session file was refused, in one plain-English sentence a facilitator can act on: the
 * error codes, and the words for a place in the file ("the note of rating 12") and for what is
 * wrong there. Validation issues arrive as zod issues; this is the only place that reads them.
 */
import type { z } from 'zod'

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
  /** One sentence naming the problem. */
  detail: string
}

type Path = readonly PropertyKey[]

/** Lists whose entries are named by their number, counted from 1 as people count. */
const ITEMS: Record<string, string> = {
  participants: 'participant',
  ratings: 'rating',
  consensus: 'consensus',
  cards: 'card',
  gapNotes: 'gap note',
  bets: 'bet',
  votes: 'vote',
  mapElements: 'map element',
  attendees: 'attendee',
  teamKeys: 'team',
  lensIds: 'lens',
  lenses: 'lens',
  scale: 'level',
  prompts: 'prompt',
  agenda: 'agenda item',
  tags: 'tag',
}

/** Field names that read badly as split camelCase; the others are split ("keyShift" -> "key shift"). */
const FIELDS: Record<string, string> = {
  exportedAt: 'export time',
  participants: 'list of participants',
  ratings: 'list of ratings',
  consensus: 'list of consensus scores',
  cards: 'list of cards',
  gapNotes: 'list of gap notes',
  bets: 'list of bets',
  votes: 'list of votes',
  mapElements: 'list of map elements',
  attendees: 'list of attendees',
  teamKeys: 'list of teams',
  lensIds: 'list of lenses',
  artifactKind: 'kind of artifact',
  lenses: 'list of lenses',
  scale: 'scale',
  prompts: 'list of prompts',
  agenda: 'agenda',
  tags: 'tags',
  workshopId: 'workshop id',
  participantId: 'participant',
  betId: 'bet',
  dotsPerPerson: 'dots per person',
  lensId: 'lens',
  value: 'score',
  createdAt: 'creation time',
  updatedAt: 'time of the last edit',
  deletedAt: 'deletion time',
  anonymous: 'anonymous setting',
  durationMs: 'duration',
  elapsedMs: 'elapsed time',
  runningSince: 'start of the current run',
  revealed: 'revealed setting',
  level: 'level number',
  optional: 'optional setting',
}

function fieldName(key: string): string {
  const known = FIELDS[key]
  if (known !== undefined) return known
  if (/^[a-z][a-zA-Z]{0,40}$/.test(key)) return key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)
  return `field ${JSON.stringify(key.slice(0, 40))}`
}

/** A place in the file as words, innermost first: "the label of level 2 of lens 3 of the template". */
export function describePath(path: Path): string {
  const parts: string[] = []
  for (let i = 0; i < path.length; i++) {
    const key = path[i]
    const next = path[i + 1]
    const item = typeof key === 'string' ? ITEMS[key] : undefined
    if (item !== undefined && typeof next === 'number') {
      parts.push(`${item} ${next + 1}`)
      i++
    } else if (typeof key === 'number') parts.push(`entry ${key + 1}`)
    // The step timer is kept as { step, timer }: one "timer" is enough in words.
    else if (!(key === 'timer' && path[i - 1] === 'timer'))
      parts.push(`the ${fieldName(String(key))}`)
  }
  // Deeper inside the workshop, what follows already says where: "lens 3 of the template".
  if (path.length > 2 && path[0] === 'workshop') parts.shift()
  return parts.length === 0 ? 'the file' : parts.reverse().join(' of ')
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** 12345 -> "12,345", whatever the machine's locale. */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** A value quoted briefly: a 2 MB string must not end up in a dialog. */
export function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)'
  if (Array.isArray(value)) return 'a list'
  switch (typeof value) {
    case 'string': {
      const short = value.length > 30 ? `${value.slice(0, 30)}…` : value
      return JSON.stringify(short)
    }
    case 'number':
      return Number.isFinite(value) ? String(value) : 'a number too large to store'
    case 'boolean':
      return String(value)
    case 'object':
      return 'a group of fields'
    default:
      return 'missing'
  }
}

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

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
}

/** Message codes set by the schemas (ours and the template's), as the problem they name. */
const CODED_PROBLEMS: Record<string, string> = {
  required: 'is empty',
  invalidId: 'should use only lowercase letters, digits and dashes',
  levelOutOfOrder: 'is out of order: levels go from 1 to 5',
  duplicateLensId: 'is used by another lens too',
  isoDate: 'should be a date like 2025-03-14',
  isoDateOrEmpty: 'should be a date like 2025-03-14, or empty',
  isoDateTime: 'should be a date and time like 2025-03-14T09:30:00.000Z',
  clockTime: 'should be a time like 09:30, or empty',
}

function sizeOf(value: unknown): number {
  return typeof value === 'string' || Array.isArray(value) ? value.length : Number(value)
}

function problemOf(issue: z.core.$ZodIssue, present: boolean, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (!present) return 'is missing'
      return `should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(value)}`
    case 'invalid_value':
      if (!present) return 'is missing'
      return `is ${describeValue(value)}, but it should be ${issue.values.map(describeValue).join(' or ')}`
    case 'too_big':
    case 'too_small': {
      const limit = issue.code === 'too_big' ? issue.maximum : issue.minimum
      const size = sizeOf(value)
      if (issue.exact)
        return `should have exactly ${count(Number(limit))} entries, not ${count(size)}`
      if (issue.origin === 'string' && issue.code === 'too_small') return 'is empty'
      const bound = issue.code === 'too_big' ? 'at most' : 'at least'
      const detail = `(${count(size)}; ${bound} ${count(Number(limit))})`
      if (issue.origin === 'string') return `is too long ${detail.replace(';', ' characters;')}`
      if (issue.origin === 'array')
        return `has too ${issue.code === 'too_big' ? 'many' : 'few'} entries ${detail}`
      return `is too ${issue.code === 'too_big' ? 'large' : 'small'} ${detail}`
    }
    case 'invalid_union':
      // A discriminated union that matched no option: name the value, as an enum would.
      if (present && typeof value === 'string' && 'discriminator' in issue)
        return `is ${describeValue(value)}, which this version of Vantage does not know`
      return CODED_PROBLEMS[issue.message] ?? 'is not valid'
    default:
      return CODED_PROBLEMS[issue.message] ?? 'is not valid'
  }
}

/** A score outside the scale gets the sentence a facilitator expects ("Rating 12 has the score 7"). */
function scoreProblem(path: Path, value: unknown): string | null {
  const [list, index, field] = path
  if (path.length !== 3 || field !== 'value' || typeof index !== 'number') return null
  const place = capitalise(describePath([list as string, index]))
  if (list === 'ratings')
    return `${place} has the score ${describeValue(value)}; scores go from 1 to 5.`
  if (list === 'consensus')
    return `${place} has the score ${describeValue(value)}; agreed scores go from 1 to 5, or are left open.`
  return null
}

/** A field the schema does not know, at `path` (an object). */
export function unknownKeySentence(path: Path, keys: readonly string[]): string {
  // Quoted briefly: a hostile file may use a megabyte as a key.
  const names = keys.map(describeValue).join(', ')
  const fields = keys.length === 1 ? 'a field' : 'fields'
  return `${capitalise(describePath(path))} has ${fields} Vantage does not know: ${names}.`
}

function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i])
}

/**
 * A missing field next to an unknown one is most likely a typo: say both in one sentence, so
 * the facilitator sees "noet" and "note" together.
 */
function typoSentence(issues: readonly z.core.$ZodIssue[], doc: unknown): string | null {
  const [first] = issues
  if (first?.code !== 'invalid_type' || valueAt(doc, first.path).present) return null
  const owner = first.path.slice(0, -1)
  const unknown = issues.find((i) => i.code === 'unrecognized_keys' && samePath(i.path, owner))
  if (unknown?.code !== 'unrecognized_keys') return null
  const field = fieldName(String(first.path[first.path.length - 1]))
  const names = unknown.keys.map(describeValue).join(', ')
  return `${capitalise(describePath(owner))} has no ${field}, but has a field Vantage does not know: ${names}.`
}

/** One sentence for the first thing wrong; `doc` is what was validated, to quote the bad value. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], doc: unknown): string {
  const [first] = issues
  if (first === undefined) return 'The file is not valid.'
  return typoSentence(issues, doc) ?? describeIssue(first, doc)
}

function describeIssue(issue: z.core.$ZodIssue, doc: unknown): string {
  if (issue.code === 'unrecognized_keys') return unknownKeySentence(issue.path, issue.keys)
  const { present, value } = valueAt(doc, issue.path)
  if (present) {
    const score = scoreProblem(issue.path, value)
    if (score !== null) return score
  }
  return `${capitalise(describePath(issue.path))} ${problemOf(issue, present, value)}.`
}
