/**
 * The session file (.vantage): a whole workshop as JSON, written by serializeSession and read
 * back by parseSessionFile. Reading never throws: a file is opened completely or refused with
 * one of a few codes and a sentence naming the problem. Cheap checks come before expensive ones.
 */
import type { WorkshopSnapshot } from '../domain'
import { MAX_SESSION_FILE_BYTES } from '../ipc/limits'
import { exceedsBytes, failurePoint, scanJsonText, stripByteOrderMark } from './jsonText'
import { crossRecordProblem, strippedKeyProblem } from './sessionChecks'
import { fill } from '../i18n/phrases'
import { fileRefusalsEnglish, sayIn, type FileRefusalWords, type Say } from './refusalWords'
import { describeIssues, type SessionFileError } from './sessionErrors'
import { migrateSession, OLDEST_SESSION_VERSION } from './sessionMigrations'
import { TEMPLATE_FORMAT } from './templateFile'
import {
  SESSION_FORMAT,
  SESSION_VERSION,
  sessionDocumentSchema,
  type SessionDocument,
} from './sessionSchema'

export { SESSION_FORMAT, SESSION_VERSION } from './sessionSchema'
export type { SessionFileError, SessionFileErrorCode } from './sessionErrors'
export { fileRefusalsEnglish, type FileRefusalWords } from './refusalWords'

/** Far deeper than any session file nests (about 8 levels), far shallower than a bomb. */
export const MAX_JSON_DEPTH = 64

export type SessionFileResult =
  | {
      ok: true
      snapshot: WorkshopSnapshot
      /** The version the snapshot is in now: always SESSION_VERSION. */
      version: number
      /** The file's own version when it was older and migrated, else null. */
      migratedFrom: number | null
      exportedAt: string
    }
  | { ok: false; error: SessionFileError }

/** Ids lead, so a reader (or a diff) finds each record by them; the rest in code-unit order. */
const LEADING_KEYS = ['id', 'workshopId']

function keyOrder(a: string, b: string): number {
  const rank = (key: string) => {
    const index = LEADING_KEYS.indexOf(key)
    return index === -1 ? LEADING_KEYS.length : index
  }
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)
}

/** The same keys in one fixed order at every level, so equal workshops always give the same text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (typeof value !== 'object' || value === null) return value
  const record = value as Record<string, unknown>
  // fromEntries defines own properties: even a "__proto__" key would stay a plain key.
  return Object.fromEntries(
    Object.keys(record)
      .sort(keyOrder)
      .map((key) => [key, canonical(record[key])]),
  )
}

/** Pretty JSON (2 spaces): the envelope first, then the workshop and its records. */
export function serializeSession(snapshot: WorkshopSnapshot, exportedAt: Date): string {
  const document = {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    exportedAt: exportedAt.toISOString(),
    workshop: canonical(snapshot.workshop),
    participants: canonical(snapshot.participants),
    ratings: canonical(snapshot.ratings),
    consensus: canonical(snapshot.consensus),
    cards: canonical(snapshot.cards),
    gapNotes: canonical(snapshot.gapNotes),
    bets: canonical(snapshot.bets),
    votes: canonical(snapshot.votes),
    mapElements: canonical(snapshot.mapElements),
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

type Step<T> = { ok: true; value: T } | { ok: false; error: SessionFileError }

function refuse(
  code: SessionFileError['code'],
  detail: string,
): { ok: false; error: SessionFileError } {
  return { ok: false, error: { code, detail } }
}

function readJson(say: Say, text: string): Step<unknown> {
  const words = say.words.session
  const shape = scanJsonText(text, MAX_JSON_DEPTH)
  if (shape.tooDeep) return refuse('notVantage', fill(words.tooDeep, { depth: MAX_JSON_DEPTH }))
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    // Cut off: the parser ran out of text while brackets or a string were still open. A missing
    // quote also leaves a string open, but the parser stops early there, so it is not "cut off".
    const { position, atEnd } = failurePoint(error, text)
    if (shape.startsLikeJson && shape.unclosed && atEnd)
      return refuse('truncated', say.words.truncated)
    if (position === null) return refuse('notJson', words.notJson)
    const line = say.count(text.slice(0, position).split('\n').length)
    return refuse('notJson', fill(words.notJsonAtLine, { line }))
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The envelope: is it ours, and which version is it? */
function readVersion(say: Say, doc: unknown): Step<number> {
  const words = say.words.session
  if (isObject(doc) && doc.format === TEMPLATE_FORMAT) return refuse('notVantage', words.otherKind)
  if (!isObject(doc) || doc.format !== SESSION_FORMAT) {
    const format = isObject(doc) ? doc.format : undefined
    if (typeof format !== 'string') return refuse('notVantage', words.notVantage)
    const named = { format: say.quote(format.slice(0, 40)) }
    return refuse('notVantage', fill(words.notVantageFormat, named))
  }
  const { version } = doc
  const whole = typeof version === 'number' && Number.isInteger(version)
  if (whole && version > SESSION_VERSION)
    return refuse('newerVersion', fill(words.newerVersion, { version }))
  if (version === undefined) return refuse('unknownVersion', words.noVersion)
  if (!whole || version < OLDEST_SESSION_VERSION)
    return refuse('unknownVersion', fill(words.unknownVersion, { version: say.value(version) }))
  return { ok: true, value: version }
}

/** Migrated, validated record by record, then across records. */
function readDocument(say: Say, doc: unknown, version: number): Step<SessionDocument> {
  let migrated: unknown
  try {
    migrated = migrateSession(doc, version, SESSION_VERSION)
  } catch {
    return refuse('unknownVersion', fill(say.words.session.retiredVersion, { version }))
  }
  const parsed = sessionDocumentSchema.safeParse(migrated)
  if (!parsed.success) return refuse('invalid', describeIssues(say, parsed.error.issues, migrated))
  const problem =
    strippedKeyProblem(say, migrated, parsed.data) ?? crossRecordProblem(say, parsed.data)
  if (problem !== null) return refuse('invalid', problem)
  return { ok: true, value: parsed.data }
}

/**
 * Reads a session file's text completely, or says in one sentence why it cannot, in the language
 * of `words` (English unless the caller passes the app's). Never throws.
 */
export function parseSessionFile(
  text: string,
  words: FileRefusalWords = fileRefusalsEnglish,
): SessionFileResult {
  const say = sayIn(words)
  if (exceedsBytes(text, MAX_SESSION_FILE_BYTES)) {
    const limitMb = MAX_SESSION_FILE_BYTES / 1024 / 1024
    return refuse('tooLarge', fill(words.session.tooLarge, { limitMb }))
  }
  const body = stripByteOrderMark(text)
  if (!/\S/.test(body)) return refuse('empty', words.empty)

  const json = readJson(say, body)
  if (!json.ok) return json
  const version = readVersion(say, json.value)
  if (!version.ok) return version
  const document = readDocument(say, json.value, version.value)
  if (!document.ok) return document

  const { format: _format, version: _version, exportedAt, ...snapshot } = document.value
  return {
    ok: true,
    snapshot,
    version: SESSION_VERSION,
    migratedFrom: version.value < SESSION_VERSION ? version.value : null,
    exportedAt,
  }
}
