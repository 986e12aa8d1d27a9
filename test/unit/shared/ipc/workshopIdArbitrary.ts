/**
 * Workshop ids as a session file may hold them: any UTF-16 units (lone surrogates, controls,
 * '/', '#', '%' and '~' too), text as people type it, and the app's own UUIDs; around the
 * session schema's length limits, so some fall outside them.
 */
import fc from 'fast-check'

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))
const routeLike = fc.constantFrom('/', '#', '?', '%', '~', '.', ' ', '&', '=', '+', '%2F', '~002F')

export const workshopIdCandidate = fc.oneof(
  fc.string({ unit: anyUnit, minLength: 0, maxLength: 110 }),
  fc.string({ unit: fc.oneof(anyUnit, routeLike, fc.constantFrom('a', 'Z', '0', '-', '_')) }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
  fc.uuid(),
)
