/**
 * The app's words in a language, for browser tests that drive a translated app by its own labels,
 * and the scan that finds English left on a translated screen. Read from the typed locale files,
 * so a test follows a wording change instead of pinning a copy of it.
 */
import type { Page } from '@playwright/test'
import { de } from '../../../renderer/src/i18n/locales/de'
import { en } from '../../../renderer/src/i18n/locales/en'
import { fr } from '../../../renderer/src/i18n/locales/fr'
import { flatten, type LocaleTree } from '../../support/localeCheck'

export const LOCALES = { en, de, fr } as const satisfies Record<string, LocaleTree>
export type LocaleName = keyof typeof LOCALES

/** Every text of a language by its dotted key, read once. */
const TEXTS = new Map(
  (Object.keys(LOCALES) as LocaleName[]).map((name) => [name, flatten(LOCALES[name])]),
)

/** One text of a language, its {{placeholders}} filled in; `count` picks the plural form. */
export function say(
  language: LocaleName,
  key: string,
  values: Record<string, string | number> = {},
): string {
  const texts = TEXTS.get(language)!
  let text = texts.get(key)
  if (text === undefined && typeof values.count === 'number') {
    const form = new Intl.PluralRules(language).select(values.count)
    text = texts.get(`${key}_${form}`) ?? texts.get(`${key}_other`)
  }
  if (text === undefined) throw new Error(`no text ${key} in ${language}`)
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''))
}

/**
 * The pieces of English that would give an untranslated text away on a `language` screen: each
 * English text that differs from its translation, cut at its placeholders, kept where a piece is
 * long enough to mean something and appears in none of the translation's own texts (German
 * writes "Workshop" too, French "Date" and "Notes").
 */
export function englishGiveaways(language: Exclude<LocaleName, 'en'>): string[] {
  const translated = TEXTS.get(language)!
  const ownText = [...translated.values()].join('\n')
  const pieces = new Set<string>()
  for (const [key, english] of TEXTS.get('en')!) {
    if (translated.get(key) === english) continue
    for (const raw of english.split(/\{\{[^}]*\}\}/)) {
      const piece = raw.trim().replace(/^[\s:;,.–—(]+|[\s:;,.–—)]+$/g, '')
      const words = piece.split(/\s+/).filter(Boolean)
      const meaningful = words.length >= 2 ? piece.length >= 8 : /^[A-Za-z]{6,}$/.test(piece)
      if (meaningful && !ownText.includes(piece)) pieces.add(piece)
    }
  }
  return [...pieces]
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The English pieces visible on the page now (and in its accessible names), if any. */
export async function englishOnScreen(
  page: Page,
  language: Exclude<LocaleName, 'en'>,
): Promise<string[]> {
  const visible = await page.locator('body').innerText()
  const labels = await page
    .locator('[aria-label], [title], [placeholder]')
    .evaluateAll((elements) =>
      elements.map((element) =>
        ['aria-label', 'title', 'placeholder']
          .map((name) => element.getAttribute(name) ?? '')
          .join('\n'),
      ),
    )
  const text = `${visible}\n${labels.join('\n')}`
  return englishGiveaways(language).filter((piece) =>
    new RegExp(`(^|[^\\p{L}])${escaped(piece)}($|[^\\p{L}])`, 'u').test(text),
  )
}
