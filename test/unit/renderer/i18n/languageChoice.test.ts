// The language setting's rules: "follow the system" by default, the system's first language we
// speak, and a storage that is broken or holds nonsense never stops the app from starting.
import { describe, expect, it } from 'vitest'
import {
  LANGUAGE_STORAGE_KEY,
  readLanguageChoice,
  resolveLanguage,
  writeLanguageChoice,
} from '../../../../renderer/src/i18n/languageChoice'

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  }
}

const broken = {
  getItem: () => {
    throw new Error('SecurityError')
  },
  setItem: () => {
    throw new Error('QuotaExceededError')
  },
}

describe('the language setting', () => {
  it('follows the system until the facilitator chooses, then remembers the choice', () => {
    const storage = memoryStorage()
    expect(readLanguageChoice(storage)).toBe('system')
    writeLanguageChoice(storage, 'fr')
    expect(readLanguageChoice(storage)).toBe('fr')
    writeLanguageChoice(storage, 'system')
    expect(readLanguageChoice(storage)).toBe('system')
  })

  it('takes anything unknown in storage, or a storage that throws, for "follow the system"', () => {
    expect(readLanguageChoice(memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'klingon' }))).toBe('system')
    expect(readLanguageChoice(broken)).toBe('system')
    expect(readLanguageChoice(null)).toBe('system')
    expect(() => writeLanguageChoice(broken, 'de')).not.toThrow()
  })

  it('resolves a choice: the chosen language, or the system’s', () => {
    expect(resolveLanguage('de', ['fr-FR'])).toBe('de')
    expect(resolveLanguage('system', ['fr-FR'])).toBe('fr')
  })
})
