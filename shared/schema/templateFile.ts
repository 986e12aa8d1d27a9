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
import { count, describeIssues, describeValue } from './sessionErrors'
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
  /** One sentence naming the problem. */
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

function readJson(text: string): Step<unknown> {
  const shape = scanJsonText(text, MAX_TEMPLATE_JSON_DEPTH)
  if (shape.tooDeep)
    return refuse(
      'notVantage',
      `This is not a Vantage template file: it nests more than ${MAX_TEMPLATE_JSON_DEPTH} levels deep.`,
    )
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    const { position, atEnd } = failurePoint(error, text)
    if (shape.startsLikeJson && shape.unclosed && atEnd)
      return refuse(
        'truncated',
        'The file ends in the middle: it was probably cut off while copying or saving.',
      )
    const line =
      position === null
        ? ''
        : ` (the first problem is on line ${count(text.slice(0, position).split('\n').length)})`
    return refuse('notJson', `This is not a Vantage template file: it is not valid JSON${line}.`)
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The envelope: is it a template file of ours, and a version this app reads? */
function checkEnvelope(doc: unknown): Step<Record<string, unknown>> {
  const format = isObject(doc) ? doc.format : undefined
  if (format === SESSION_FORMAT)
    return refuse(
      'sessionFile',
      'This is a Vantage session file, not a template; open it with File › Open.',
    )
  if (!isObject(doc) || format !== TEMPLATE_FORMAT) {
    const says =
      typeof format === 'string' ? ` (its format is ${JSON.stringify(format.slice(0, 40))})` : ''
    return refuse('notVantage', `This is not a Vantage template file${says}.`)
  }
  const { version } = doc
  const whole = typeof version === 'number' && Number.isInteger(version)
  if (whole && version > TEMPLATE_FILE_VERSION)
    return refuse(
      'newerVersion',
      `This template was made by a newer version of Vantage (template format ${version}); update Vantage to import it.`,
    )
  if (version === undefined)
    return refuse(
      'unknownVersion',
      'This file does not say which version of the template format it is, so it cannot be imported.',
    )
  if (version !== TEMPLATE_FILE_VERSION)
    return refuse(
      'unknownVersion',
      `This file has a template format no Vantage has ever written (${describeValue(version)}), so it cannot be imported.`,
    )
  return { ok: true, value: doc }
}

/** Reads a template file's text completely, or says in one sentence why it cannot. Never throws. */
export function parseTemplateFile(text: string): TemplateFileResult {
  if (exceedsBytes(text, MAX_TEMPLATE_FILE_BYTES))
    return refuse(
      'tooLarge',
      `The file is larger than ${MAX_TEMPLATE_FILE_BYTES / 1024 / 1024} MB, far more than any template needs, so it was not imported.`,
    )
  const body = stripByteOrderMark(text)
  if (!/\S/.test(body)) return refuse('empty', 'The file is empty.')

  const json = readJson(body)
  if (!json.ok) return json
  const envelope = checkEnvelope(json.value)
  if (!envelope.ok) return envelope

  const parsed = templateDocumentSchema.safeParse(envelope.value)
  if (!parsed.success) return refuse('invalid', describeIssues(parsed.error.issues, envelope.value))
  // The template schema strips unknown keys (it is shared with session files); refuse them here.
  const stripped = strippedKeyProblem(envelope.value, parsed.data)
  if (stripped !== null) return refuse('invalid', stripped)
  return {
    ok: true,
    template: freezeTemplate(parsed.data.template),
    exportedAt: parsed.data.exportedAt,
  }
}
