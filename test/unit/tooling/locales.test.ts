// The app's locales are whole: German and French have every English key (French its "many"
// plurals too) with the same placeholders, none empty; every English key is used by the
// renderer's code; and main's own words (menus, dialogs) exist in every language.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAIN_TEXT } from '../../../electron/main/locales/mainText'
import { de } from '../../../renderer/src/i18n/locales/de'
import { en } from '../../../renderer/src/i18n/locales/en'
import { fr } from '../../../renderer/src/i18n/locales/fr'
import { compareLocale, unusedKeys } from '../../support/localeCheck'

const NO_PROBLEMS = { missing: [], extra: [], empty: [], placeholders: [] }

/** The renderer's code, without the locale files themselves. */
function rendererSources(dir = path.resolve('renderer/src')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const entry = path.join(dir, name)
    if (statSync(entry).isDirectory())
      return entry.endsWith('locales') ? [] : rendererSources(entry)
    return /\.tsx?$/.test(name) ? [readFileSync(entry, 'utf8')] : []
  })
}

describe('the renderer’s locales', () => {
  it('German has every English key, with its placeholders', () => {
    expect(compareLocale(en, de)).toEqual(NO_PROBLEMS)
  })

  it('French has every English key and every "many" plural, with its placeholders', () => {
    expect(compareLocale(en, fr, ['many'])).toEqual(NO_PROBLEMS)
  })

  it('has no key the code never asks for', () => {
    // The phone page (renderer/phone) asks for its own keys from the same locales.
    const sources = [...rendererSources(), ...rendererSources(path.resolve('renderer/phone/src'))]
    expect(unusedKeys(en, sources)).toEqual([])
  })
})

describe('main’s own words', () => {
  it.each(['de', 'fr'] as const)('exist in %s for every English one', (language) => {
    expect(compareLocale(MAIN_TEXT.en, MAIN_TEXT[language])).toEqual(NO_PROBLEMS)
  })
})
