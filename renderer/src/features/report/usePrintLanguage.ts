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
  const [ready, setReady] = useState(() => language === null || language === currentLanguage())
  useEffect(() => {
    if (language === null || language === currentLanguage()) {
      setReady(true)
      return
    }
    let left = false
    setReady(false)
    void switchLanguage(language).then(() => {
      if (!left) setReady(true)
    })
    return () => {
      left = true
      void switchLanguage(chosenLanguage())
    }
  }, [language])
  return ready
}
