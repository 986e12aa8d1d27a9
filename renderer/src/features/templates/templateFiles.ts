/**
 * Template files from the library's point of view: a template written to a .vantage-template
 * file, and a file's text (picked, or handed over by the OS) read back into a template or refused
 * with the schema's own sentence. The platform does the saving and picking. The schema (zod) is
 * loaded when a file is first read or written, so the first screen starts without it.
 */
import type { Template } from '@shared/domain'
import type { SaveOutcome } from '@shared/ipc'
import { fileRefusalWords } from '../../i18n/sharedWords'
import { platform } from '../../platform'

const templateFileModule = () => import('@shared/schema/templateFile')

export async function exportTemplateFile(template: Template): Promise<SaveOutcome> {
  const { serializeTemplateFile, templateFileName } = await templateFileModule()
  return platform.templateFiles.save(
    templateFileName(template),
    serializeTemplateFile(template, new Date()),
  )
}

export type ReadTemplate =
  | { kind: 'refused'; fileName: string; reason: string }
  | { kind: 'picked'; fileName: string; template: Template }

export type PickedTemplate = { kind: 'cancelled' } | ReadTemplate

/** A file's text as a template, or the sentence saying why it is not one. */
export async function readTemplateText(fileName: string, contents: string): Promise<ReadTemplate> {
  const { parseTemplateFile } = await templateFileModule()
  const parsed = parseTemplateFile(contents, fileRefusalWords())
  return parsed.ok
    ? { kind: 'picked', fileName, template: parsed.template }
    : { kind: 'refused', fileName, reason: parsed.error.detail }
}

/** Lets the facilitator pick a file and reads it; a platform refusal (too large) is thrown. */
export async function pickTemplateFile(): Promise<PickedTemplate> {
  const opened = await platform.templateFiles.open()
  if (!opened.opened) return { kind: 'cancelled' }
  return await readTemplateText(opened.fileName, opened.contents)
}
