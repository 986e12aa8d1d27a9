// The first screens' words (locales/enAtStart.ts) are every word their code can ask for: the
// code the app starts with, and what that code loads later other than a screen of
// features/app/lazyScreens.tsx, which brings the later screens' words along (enLater.ts). A key
// missing here would show as its raw name on the home screen until some screen was opened.
import { describe, expect, it } from 'vitest'
import { en } from '../../../renderer/src/i18n/locales/en'
import { enAtStart } from '../../../renderer/src/i18n/locales/enAtStart'
import { enLater } from '../../../renderer/src/i18n/locales/enLater'
import { flatten, keysAskedFor } from '../../support/localeCheck'
import { modulesReachedFrom } from '../../support/moduleGraph'

/** Where the later screens and the other languages are loaded from: each in a bundle of its own. */
const OWN_BUNDLES = ['renderer/src/features/app/lazyScreens.tsx', 'renderer/src/i18n/index.ts']

const firstScreens = modulesReachedFrom('renderer/src/main.tsx', OWN_BUNDLES)
const isLocale = (file: string) => file.includes('/i18n/locales/')

describe('the first screens’ words', () => {
  it('start from the app’s entry, with what it loads itself, and stop at the later screens', () => {
    const files = [...firstScreens.keys()]
    expect(files.some((file) => file.endsWith('ui/dialogFrames.tsx'))).toBe(true)
    expect(files.some((file) => file.endsWith('features/home/HomeScreen.tsx'))).toBe(true)
    expect(
      files.some((file) => file.endsWith('features/facilitate/shell/FacilitateScreen.tsx')),
    ).toBe(false)
    expect(files.some((file) => file.endsWith('locales/enLater.ts'))).toBe(false)
  })

  it('hold every key the code loaded with them asks for', () => {
    const code = [...firstScreens].filter(([file]) => !isLocale(file)).map(([, text]) => text)
    const atStart = new Set(flatten(enAtStart).keys())
    expect(keysAskedFor(en, code).filter((key) => !atStart.has(key))).toEqual([])
  })

  it('with the later screens’ words, are the whole of English, each word as written there', () => {
    const whole = flatten(en)
    const parts = new Map([...flatten(enLater), ...flatten(enAtStart)])
    expect(parts).toEqual(whole)
  })
})
