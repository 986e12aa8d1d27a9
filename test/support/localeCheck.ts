/**
 * The check that keeps the locales whole: every key English has, each other language has too
 * (French with its "many" plural), with the same placeholders, none left empty; and every key is
 * used by the code, literally or through a template such as `cards.columns.${column}.title`.
 * Pure over the locale objects and the source texts, so its own tests can feed it small ones.
 */

export type LocaleTree = { readonly [key: string]: string | LocaleTree }

export interface LocaleProblems {
  missing: string[]
  extra: string[]
  empty: string[]
  placeholders: string[]
}

const PLURAL = /_(zero|one|two|few|many|other)$/

/** Every leaf of a locale as a dotted key, with its text. */
export function flatten(tree: LocaleTree, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`
    if (typeof value === 'string') leaves.set(path, value)
    else for (const [leaf, text] of flatten(value, path)) leaves.set(leaf, text)
  }
  return leaves
}

function placeholdersOf(text: string): string {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)]
    .map((match) => match[1])
    .sort()
    .join(',')
}

/**
 * What a translation lacks or has too much of, against English. `pluralForms` are the plural
 * suffixes the language has beyond English's one/other (French: many).
 */
export function compareLocale(
  english: LocaleTree,
  other: LocaleTree,
  pluralForms: readonly string[] = [],
): LocaleProblems {
  const source = flatten(english)
  const expected = new Map(source)
  for (const [key, text] of source) {
    if (!key.endsWith('_other')) continue
    for (const form of pluralForms) expected.set(key.replace(/_other$/, `_${form}`), text)
  }
  const translated = flatten(other)
  const problems: LocaleProblems = { missing: [], extra: [], empty: [], placeholders: [] }
  for (const [key, text] of expected) {
    const theirs = translated.get(key)
    if (theirs === undefined) problems.missing.push(key)
    else if (theirs.trim() === '' && text.trim() !== '') problems.empty.push(key)
    else if (placeholdersOf(theirs) !== placeholdersOf(text)) {
      // A singular may name its count in words ("ein", "une") instead of {{count}}.
      const withoutCount = (p: string) => p.replace(/(^|,)count(?=,|$)/, '$1').replace(/^,|,$/g, '')
      const countOnly =
        PLURAL.test(key) &&
        withoutCount(placeholdersOf(theirs)) === withoutCount(placeholdersOf(text))
      if (!countOnly) problems.placeholders.push(key)
    }
  }
  for (const key of translated.keys()) if (!expected.has(key)) problems.extra.push(key)
  return problems
}

/** A key as the code asks for it: plural suffixes stripped, since `t` adds them. */
function baseKey(key: string): string {
  return key.replace(PLURAL, '')
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Every key the code can ask for: quoted literals, and template literals whose `${…}` parts
 * stand for any one segment or more (`${base}.title` matches every key ending in .title).
 */
export function usedKeyMatchers(sources: readonly string[]): {
  literals: Set<string>
  patterns: RegExp[]
} {
  const literals = new Set<string>()
  const patterns = new Map<string, RegExp>()
  for (const source of sources) {
    for (const match of source.matchAll(/(['"])([\w-]+(?:\.[\w-]+)+)\1/g)) literals.add(match[2]!)
    // Only templates that look like keys: dotted words around the holes, nothing else.
    for (const match of source.matchAll(/`([\w.-]*(?:\$\{[^}`]*\}[\w.-]*)+)`/g)) {
      const template = match[1]!
      const parts = template.split(/\$\{[^}]*\}/)
      // A key has named segments around its holes; `${base}.${extension}` is a file name.
      if (!parts.some((part) => /[a-z]{2}/i.test(part))) continue
      // A hole in front may stand for a whole prefix; one inside stands for one segment.
      const regex = `^${parts
        .map(
          (part, i) =>
            (i === 0 ? '' : i === 1 && parts[0] === '' ? '[\\w.-]+' : '[\\w-]+') + escape(part),
        )
        .join('')}$`
      patterns.set(regex, new RegExp(regex))
    }
  }
  return { literals, patterns: [...patterns.values()] }
}

/** Keys of `english` that something in `sources` asks for, literally or through a template. */
export function keysAskedFor(english: LocaleTree, sources: readonly string[]): string[] {
  const { literals, patterns } = usedKeyMatchers(sources)
  const asked = (key: string) =>
    literals.has(key) ||
    literals.has(baseKey(key)) ||
    patterns.some((pattern) => pattern.test(key) || pattern.test(baseKey(key))) ||
    // A whole branch handed over at once (returnObjects, or a key prefix passed on).
    [...literals].some((literal) => key.startsWith(`${literal}.`))
  return [...flatten(english).keys()].filter(asked)
}

/** Keys of `english` nothing in `sources` asks for, so they can go. */
export function unusedKeys(english: LocaleTree, sources: readonly string[]): string[] {
  const asked = new Set(keysAskedFor(english, sources))
  return [...flatten(english).keys()].filter((key) => !asked.has(key))
}
