/**
 * Template files from the library's point of view: a template written to a .vantage-template
 * file, and a picked file read back into a template or refused with the schema's own sentence.
 * The platform does the saving and picking; null when it cannot (the desktop app, for now).
 */
import type { Template } from '@shared/domain'
import {
  parseTemplateFile,
  serializeTemplateFile,
  templateFileName,
} from '@shared/schema/templateFile'
import type { SaveOutcome } from '@shared/ipc'
import { platform } from '../../platform'

export const templateFilesAvailable = (): boolean => Boolean(platform.templateFiles)

export async function exportTemplateFile(template: Template): Promise<SaveOutcome> {
  if (!platform.templateFiles) return { saved: false }
  return platform.templateFiles.save(
    templateFileName(template),
    serializeTemplateFile(template, new Date()),
  )
}

export type PickedTemplate =
  | { kind: 'cancelled' }
  | { kind: 'refused'; fileName: string; reason: string }
  | { kind: 'picked'; fileName: string; template: Template }

/** Lets the facilitator pick a file and reads it; a platform refusal (too large) is thrown. */
export async function pickTemplateFile(): Promise<PickedTemplate> {
  if (!platform.templateFiles) return { kind: 'cancelled' }
  const opened = await platform.templateFiles.open()
  if (!opened.opened) return { kind: 'cancelled' }
  const parsed = parseTemplateFile(opened.contents)
  return parsed.ok
    ? { kind: 'picked', fileName: opened.fileName, template: parsed.template }
    : { kind: 'refused', fileName: opened.fileName, reason: parsed.error.detail }
}
