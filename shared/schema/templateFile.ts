/**
 * The template file (.vantage-template): one template as JSON, written by serializeTemplateFile
 * and read back by parseTemplateFile, so facilitators can share the lenses, prompts and scales
 * they wrote. Held to the session file's rules for files from elsewhere: reading never throws,
 * cheap checks (size, nesting) come first, every unknown key is refused, and a refusal is one
 * sentence a facilitator can act on.
 */
import { freezeTemplate, type Template } from '../domain'
import { z } from 'zod'
import { MAX_TEMPLATE_FILE_BYTES } from '../ipc/limits'
import { exceedsBytes, failurePoint, scanJsonText, stripByteOrderMark } from './jsonText'
import { strippedKeyProblem } from './sessionChecks'
import { fill } from '../i18n/phrases'
import { fileRefusalsEnglish, sayIn, type FileRefusalWords, type Say } from './refusalWords'
import { describeIssues } from './sessionErrors'
import { SESSION_FORMAT } from './sessionSchema'
import { templateSchema } from './template'

export const TEMPLATE_FORMAT = 'vantage-template'
export const TEMPLATE_FILE_VERSION = 1
export const TEMPLATE_FILE_EXTENSION = 'vantage-template'

/** The limit lives in the IPC contract, which main holds every template file to as well. */
export { MAX_TEMPLATE_FILE_BYTES }

/** A template file nests 6 levels (envelope, template, lenses, lens, scale, level). */
export const MAX_TEMPLATE_JSON_DEPTH = 16

export type TemplateFileErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'notJson'
  | 'truncated'
  | 'notVantage'
  /** A session file given where a template was expected: the commonest mix-up, said plainly. */
  | 'sessionFile'
  | 'newerVersion'
  | 'unknownVersion'
  | 'invalid'

export interface TemplateFileError {
  code: TemplateFileErrorCode
  /** One sentence naming the problem, in the language the file was read in. */
  detail: string
}

export type TemplateFileResult =
  { ok: true; template: Template; exportedAt: string } | { ok: false; error: TemplateFileError }

const templateDocumentSchema = z.strictObject({
  format: z.literal(TEMPLATE_FORMAT),
  version: z.literal(TEMPLATE_FILE_VERSION),
  exportedAt: z.iso.datetime({ offset: true, error: 'isoDateTime' }),
  template: templateSchema,
})

/** Ids first (a reader finds each lens by it), then the rest in code-unit order. */
function keyOrder(a: string, b: string): number {
  if (a === 'id' || b === 'id') return a === 'id' ? (b === 'id' ? 0 : -1) : 1
  return a < b ? -1 : a > b ? 1 : 0
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (typeof value !== 'object' || value === null) return value
  const record = value as Record<string, unknown>
  return Object.fromEntries(
    Object.keys(record)
      .sort(keyOrder)
      .map((key) => [key, canonical(record[key])]),
  )
}

/**
 * Pretty JSON (2 spaces), the same text for the same template. Only the template's own fields
 * are written: a library template's times and deletion mark stay on this laptop.
 */
export function serializeTemplateFile(template: Template, exportedAt: Date): string {
  const document = {
    format: TEMPLATE_FORMAT,
    version: TEMPLATE_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    template: canonical(freezeTemplate(template)),
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

/** "our-lenses.vantage-template": a file name from the template's name, plain ASCII. */
export function templateFileName(template: Template): string {
  const base = template.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return `${base === '' ? 'template' : base}.${TEMPLATE_FILE_EXTENSION}`
}

type Step<T> = { ok: true; value: T } | { ok: false; error: TemplateFileError }

function refuse(
  code: TemplateFileErrorCode,
  detail: string,
): { ok: false; error: TemplateFileError } {
  return { ok: false, error: { code, detail } }
}

function readJson(say: Say, text: string): Step<unknown> {
  const words = say.words.template
  const shape = scanJsonText(text, MAX_TEMPLATE_JSON_DEPTH)
  if (shape.tooDeep)
    return refuse('notVantage', fill(words.tooDeep, { depth: MAX_TEMPLATE_JSON_DEPTH }))
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
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

/** The envelope: is it a template file of ours, and a version this app reads? */
function checkEnvelope(say: Say, doc: unknown): Step<Record<string, unknown>> {
  const words = say.words.template
  const format = isObject(doc) ? doc.format : undefined
  if (format === SESSION_FORMAT) return refuse('sessionFile', words.otherKind)
  if (!isObject(doc) || format !== TEMPLATE_FORMAT) {
    if (typeof format !== 'string') return refuse('notVantage', words.notVantage)
    const named = { format: say.quote(format.slice(0, 40)) }
    return refuse('notVantage', fill(words.notVantageFormat, named))
  }
  const { version } = doc
  const whole = typeof version === 'number' && Number.isInteger(version)
  if (whole && version > TEMPLATE_FILE_VERSION)
    return refuse('newerVersion', fill(words.newerVersion, { version }))
  if (version === undefined) return refuse('unknownVersion', words.noVersion)
  if (version !== TEMPLATE_FILE_VERSION)
    return refuse('unknownVersion', fill(words.unknownVersion, { version: say.value(version) }))
  return { ok: true, value: doc }
}

/**
 * Reads a template file's text completely, or says in one sentence why it cannot, in the
 * language of `words` (English unless the caller passes the app's). Never throws.
 */
export function parseTemplateFile(
  text: string,
  words: FileRefusalWords = fileRefusalsEnglish,
): TemplateFileResult {
  const say = sayIn(words)
  if (exceedsBytes(text, MAX_TEMPLATE_FILE_BYTES)) {
    const limitMb = MAX_TEMPLATE_FILE_BYTES / 1024 / 1024
    return refuse('tooLarge', fill(words.template.tooLarge, { limitMb }))
  }
  const body = stripByteOrderMark(text)
  if (!/\S/.test(body)) return refuse('empty', words.empty)

  const json = readJson(say, body)
  if (!json.ok) return json
  const envelope = checkEnvelope(say, json.value)
  if (!envelope.ok) return envelope

  const parsed = templateDocumentSchema.safeParse(envelope.value)
  if (!parsed.success)
    return refuse('invalid', describeIssues(say, parsed.error.issues, envelope.value))
  // The template schema strips unknown keys (it is shared with session files); refuse them here.
  const stripped = strippedKeyProblem(say, envelope.value, parsed.data)
  if (stripped !== null) return refuse('invalid', stripped)
  return {
    ok: true,
    template: freezeTemplate(parsed.data.template),
    exportedAt: parsed.data.exportedAt,
  }
}
