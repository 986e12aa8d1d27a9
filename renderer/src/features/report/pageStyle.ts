/**
 * The @page rule of one report: paper size and the workshop title in the footer. The title is
 * the facilitator's text, so it enters the style sheet only as an escaped CSS string.
 */
import type { Paper } from './printRequest'

/** Letters, digits and plain punctuation pass; everything else becomes a CSS hex escape. */
// No semicolon: harmless inside a string, but escaped like every character CSS gives a meaning to.
const PLAIN = /^[\p{L}\p{N} .,:!?()&%'+*#–—-]$/u

export function cssString(text: string): string {
  let out = ''
  for (const char of text) {
    out += PLAIN.test(char) ? char : `\\${(char.codePointAt(0) ?? 0).toString(16)} `
  }
  return `"${out}"`
}

export function pageStyle(paper: Paper, title: string): string {
  const size = paper === 'Letter' ? 'letter' : 'A4'
  return `@page { size: ${size}; @bottom-left { content: ${cssString(title)}; } }`
}
