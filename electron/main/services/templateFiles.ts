/**
 * Template files (`.vantage-template` JSON) as main reads and writes them: the document rules of
 * textFiles.ts with the template limit, far below a session's, since a template is only text.
 * What the JSON says is the renderer's to check (shared/schema/templateFile.ts).
 */
import { MAX_TEMPLATE_FILE_BYTES } from '../../../shared/ipc/contract'
import {
  readDocumentFile,
  writeDocumentFile,
  type DocumentKind,
  type ReadDocumentOptions,
  type WriteDocumentOptions,
} from './textFiles'

export const TEMPLATE_DOCUMENT: DocumentKind = {
  noun: 'template',
  maxBytes: MAX_TEMPLATE_FILE_BYTES,
}

/** The text of a template file; see readDocumentFile for what is refused, and how. */
export function readTemplateFile(filePath: string, options?: ReadDocumentOptions): Promise<string> {
  return readDocumentFile(filePath, TEMPLATE_DOCUMENT, options)
}

export function writeTemplateFile(
  filePath: string,
  contents: string,
  options?: WriteDocumentOptions,
): Promise<void> {
  return writeDocumentFile(filePath, contents, TEMPLATE_DOCUMENT, options)
}
