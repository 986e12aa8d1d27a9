/**
 * The words a file refusal is said in, and the few rules that turn data into them: a place in
 * the file ("the note of rating 12"), a value quoted briefly, a count with the language's digit
 * grouping. English by default; the renderer hands in the app's language (the same table,
 * translated in its locale files), so shared/ never needs i18next.
 */
import { capitalise, entryOf, fill, type PhraseTable } from '../i18n/phrases'
import { refusalPlacesEnglish } from './refusalPlacesEnglish'
import { refusalSentencesEnglish } from './refusalSentencesEnglish'

export const fileRefusalsEnglish = {
  ...refusalSentencesEnglish,
  place: refusalPlacesEnglish,
} as const

/** The words of a refusal in one language: the English table's keys, translated. */
export type FileRefusalWords = PhraseTable<typeof fileRefusalsEnglish>

type Path = readonly PropertyKey[]

/** Says the parts of a refusal sentence in one language. */
export interface Say {
  readonly words: FileRefusalWords
  /** A whole sentence from its template, capitalised: a place may start it. */
  sentence(template: string, values?: Readonly<Record<string, string | number>>): string
  place(path: Path): string
  value(value: unknown): string
  count(n: number): string
  quote(text: string): string
}

export function sayIn(words: FileRefusalWords = fileRefusalsEnglish): Say {
  const { place: places, values } = words

  // The separators as the language writes them in a sample, so no entry of the table is only a
  // space (a translator sees "1 000", not an invisible character).
  const thousands = values.aThousand.slice(1, -3)
  const decimal = values.twoAndAHalf.slice(1, -1)
  const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, thousands)

  // The quote marks are the language's; what is inside is escaped as JSON would, so a control
  // character or a line break in a hostile file shows as \n instead of breaking the sentence.
  const quote = (text: string) => fill(values.quoted, { text: JSON.stringify(text).slice(1, -1) })

  const value = (v: unknown): string => {
    if (v === null) return values.null
    if (Array.isArray(v)) return values.list
    switch (typeof v) {
      case 'string':
        return quote(v.length > 30 ? `${v.slice(0, 30)}…` : v)
      case 'number':
        return Number.isFinite(v) ? String(v).replace('.', decimal) : values.hugeNumber
      case 'boolean':
        return v ? values.true : values.false
      case 'object':
        return values.group
      default:
        return values.missing
    }
  }

  /** One part of a place: its `one` form innermost, its `of` form around another part. */
  type Part = { one: string; of: string }
  const fieldPart = (key: string): Part => {
    const whole = entryOf(places.wholes, key)
    if (whole !== undefined) return whole
    const name = entryOf(places.fields, key)
    if (name === undefined) {
      const unknown = fill(places.unknownField, { key: quote(key.slice(0, 40)) })
      return { one: unknown, of: unknown }
    }
    return { one: fill(places.field.one, { name }), of: fill(places.field.of, { name }) }
  }

  /** A place in the file as words, innermost first: "the label of level 2 of lens 3 of the template". */
  const place = (path: Path): string => {
    const parts: Part[] = []
    for (let i = 0; i < path.length; i++) {
      const key = path[i]
      const next = path[i + 1]
      const item = typeof key === 'string' ? entryOf(places.items, key) : undefined
      if (item !== undefined && typeof next === 'number') {
        const n = { n: next + 1 }
        parts.push({ one: fill(item.one, n), of: fill(item.of, n) })
        i++
      } else if (typeof key === 'number') {
        const n = { n: key + 1 }
        parts.push({ one: fill(places.entry.one, n), of: fill(places.entry.of, n) })
      }
      // The step timer is kept as { step, timer }: one "timer" is enough in words.
      else if (!(key === 'timer' && path[i - 1] === 'timer')) parts.push(fieldPart(String(key)))
    }
    // Deeper inside the workshop, what follows already says where: "lens 3 of the template".
    if (path.length > 2 && path[0] === 'workshop') parts.shift()
    if (parts.length === 0) return places.file
    const [inner, ...outer] = parts.reverse()
    return [inner!.one, ...outer.map((part) => part.of)].join(' ')
  }

  return {
    words,
    sentence: (template, sentenceValues) => capitalise(fill(template, sentenceValues)),
    place,
    value,
    count,
    quote,
  }
}

/** The field name alone ("note"), as a sentence names a field that is not there. */
export function fieldName(say: Say, key: string): string {
  const name = entryOf(say.words.place.fields, key)
  return name ?? fill(say.words.place.unknownField, { key: say.quote(key.slice(0, 40)) })
}
