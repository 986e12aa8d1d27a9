/**
 * A report printed in another language than the app's. A print window starts in it already
 * (main.tsx reads `lang` from the address); a print route reached inside the app switches to it
 * here, and switches back to the facilitator's language when it is left.
 */
import { useEffect, useState } from 'react'
import type { Language } from '@shared/i18n'
import { currentLanguage, switchLanguage } from '../../i18n'
import { chosenLanguage } from '../../i18n/languageSetting'

/** True once the page speaks the report's language. */
export function usePrintLanguage(language: Language | null): boolean {
  const [spoken, setSpoken] = useState<Language | null>(null)
  useEffect(() => {
    if (language === null || language === currentLanguage()) return
    let left = false
    void switchLanguage(language).then(() => {
      if (!left) setSpoken(language)
    })
    return () => {
      left = true
      void switchLanguage(chosenLanguage())
    }
  }, [language])
  return language === null || spoken === language || currentLanguage() === language
}
