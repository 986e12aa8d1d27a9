/**
 * Cheap checks of JSON text before it is parsed: its size in UTF-8 bytes, and how deeply it
 * nests. They run first so that an oversized file or a nesting bomb is refused without ever
 * building it in memory. And, after a failed parse, where the parser stopped. Pure string arithmetic: shared/ has no TextEncoder or Blob types.
 */

const BYTE_ORDER_MARK = '\uFEFF'

/** The text without a leading byte order mark, which some Windows editors add when saving. */
export function stripByteOrderMark(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text
}

/**
 * The UTF-8 length of `text`, as a file on disk would have it; stops counting once past
 * `limit`, so a huge text costs no more than the limit. A lone surrogate counts 3 bytes, as
 * the replacement character it is encoded as.
 */
export function utf8ByteLength(text: string, limit = Infinity): number {
  let bytes = 0
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff
}

/** Whether the text is larger than `maxBytes` in UTF-8, decided without counting when possible. */
export function exceedsBytes(text: string, maxBytes: number): boolean {
  // Every code unit is 1 to 3 bytes, so most texts are settled by their length alone.
  if (text.length > maxBytes) return true
  if (text.length * 3 <= maxBytes) return false
  return utf8ByteLength(text, maxBytes) > maxBytes
}

export interface JsonTextShape {
  /** Brackets open more than `maxDepth` deep somewhere (outside strings). */
  tooDeep: boolean
  /** The text ends inside a string or with brackets still open: it was cut off. */
  unclosed: boolean
  /** The first character is `{` or `[`: the text at least starts like a JSON document. */
  startsLikeJson: boolean
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d

/** One pass over the text, counting bracket depth outside strings; stops at the first excess. */
export function scanJsonText(text: string, maxDepth: number): JsonTextShape {
  const first = /\S/.exec(text)
  const startsLikeJson = first?.[0] === '{' || first?.[0] === '['
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (inString) {
      if (unit === BACKSLASH) i++
      else if (unit === QUOTE) inString = false
    } else if (unit === QUOTE) inString = true
    else if (unit === OPEN_BRACKET || unit === OPEN_BRACE) {
      if (++depth > maxDepth) return { tooDeep: true, unclosed: true, startsLikeJson }
    } else if (unit === CLOSE_BRACKET || unit === CLOSE_BRACE) depth--
  }
  return { tooDeep: false, unclosed: inString || depth > 0, startsLikeJson }
}

/** Where the engine says JSON.parse stopped: V8 gives a position; others at least say "end". */
export function failurePoint(
  error: unknown,
  text: string,
): { position: number | null; atEnd: boolean } {
  const message = error instanceof Error ? error.message : ''
  const match = /position (\d+)/.exec(message)
  if (!match) return { position: null, atEnd: /end of|EOF/i.test(message) }
  const position = Number(match[1])
  return { position, atEnd: position >= text.trimEnd().length }
}
