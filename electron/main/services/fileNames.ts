/**
 * File names main is willing to use. A name the renderer suggests is reduced to one harmless base
 * name (no folders, no `..`, no control or reserved characters, no reserved Windows device
 * names) with the right extension; paths themselves only ever come from dialogs or app folders.
 */
import { createHash } from 'node:crypto'

// CON, PRN, AUX, NUL, COM1-9 and LPT1-9 name devices on Windows, whatever extension follows.
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i
// Control characters, and the characters Windows forbids in file names (separators included).
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*]/g
/** Comfortably under every file system's 255-byte limit, leaving room for the extension. */
const MAX_NAME_BYTES = 200

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** Shortens `text` to at most `maxBytes` of UTF-8 without splitting a character. */
function truncateUtf8(text: string, maxBytes: number): string {
  let result = ''
  for (const character of text) {
    if (utf8Length(result + character) > maxBytes) break
    result += character
  }
  return result
}

/** `extension` with its dot, lower case: 'csv' and '.CSV' both give '.csv'. */
function normaliseExtension(extension: string): string {
  const bare = extension.replace(/^\.+/, '').toLowerCase()
  return `.${bare}`
}

export function hasExtension(name: string, extension: string): boolean {
  return name.toLowerCase().endsWith(normaliseExtension(extension))
}

/** `filePath` with `extension` appended unless it already ends with it (any letter case). */
export function withExtension(filePath: string, extension: string): string {
  return hasExtension(filePath, extension)
    ? filePath
    : `${filePath}${normaliseExtension(extension)}`
}

/**
 * A safe base file name from whatever the renderer suggested: only the last path segment
 * survives, forbidden characters become '-', leading and trailing dots and spaces go (so `..`
 * is nothing), Windows device names get a leading '_', and `extension` is added if missing.
 */
export function safeBaseName(suggested: string, extension: string, fallback = 'Vantage'): string {
  const ext = normaliseExtension(extension)
  const lastSegment = suggested.normalize('NFC').split(/[/\\]/).pop() ?? ''
  let stem = lastSegment
    .replace(FORBIDDEN_CHARACTERS, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  if (hasExtension(stem, ext)) stem = stem.slice(0, -ext.length).replace(/[\s.]+$/, '')
  stem = truncateUtf8(stem, MAX_NAME_BYTES).replace(/[\s.]+$/, '')
  if (stem === '' || /^-+$/.test(stem)) stem = fallback
  const firstPart = stem.split('.')[0] ?? ''
  if (WINDOWS_DEVICE_NAME.test(firstPart.trim())) stem = `_${stem}`
  return `${stem}${ext}`
}

/** What a backup file name may start with (the part before `--` in BACKUP_ID_PATTERN). */
const BACKUP_KEY_PATTERN = /^[A-Za-z0-9_-]{1,80}$/

/**
 * A workshop id as a backup file name prefix. Ids made of letters, digits, `_` and `-` (UUIDs)
 * stay as they are; any other id is cleaned and given a hash suffix, so two different ids never
 * share a prefix.
 */
export function backupKeyFor(workshopId: string): string {
  if (BACKUP_KEY_PATTERN.test(workshopId)) return workshopId
  const cleaned = workshopId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 71)
  const hash = createHash('sha256').update(workshopId, 'utf8').digest('hex').slice(0, 8)
  return `${cleaned}_${hash}`
}
