/**
 * Phrase tables: how shared/ says a sentence in any language without i18next. A table is plain
 * strings with {{placeholders}}; shared/ ships the English one and the renderer hands in the
 * app's language (the same table, translated in its locale files). Filling is one pass, so a
 * value that happens to contain "{{x}}" (a hostile file's text) is never filled in again.
 */

/** The shape of a translated table: the same keys as the English one, every leaf a string. */
export type PhraseTable<T> = { [K in keyof T]: T[K] extends string ? string : PhraseTable<T[K]> }

/** `template` with each {{name}} replaced by its value; unknown names are left as they are. */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}) {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  )
}

/** The entry of a table keyed by data (a field name, a message code), never one from its prototype. */
export function entryOf<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}

/** The first character in upper case: a sentence that starts with a place ("the note of…"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
