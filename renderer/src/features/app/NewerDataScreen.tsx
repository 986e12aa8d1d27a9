/**
 * The screen shown instead of the app when the saved data was written by a newer Vantage. The
 * database stays shut: this screen reads and writes nothing, and so needs none of the services.
 */
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { platform } from '../../platform'
import { useAppInfo } from './useAppInfo'

/**
 * A closing desktop window waits for the page's word that its edits are saved. Nothing here is
 * unsaved, so the word is given at once rather than the window waiting out main's time limit.
 */
function useNothingToSaveOnQuit(): void {
  useEffect(() => platform.desktop?.onPrepareToQuit(() => Promise.resolve()), [])
}

export function NewerDataScreen() {
  const { t } = useTranslation()
  const info = useAppInfo()
  useNothingToSaveOnQuit()
  return (
    <div className="newer-data">
      <main className="newer-data__panel" aria-labelledby="newer-data-title">
        <p className="newer-data__brand">{t('app.name')}</p>
        <h1 id="newer-data-title">{t('app.newerData.title')}</h1>
        <p>{t('app.newerData.safe')}</p>
        <p>{t('app.newerData.whatToDo')}</p>
        {info && (
          <p className="newer-data__version">
            {t('app.newerData.thisVersion', { version: info.version })}
          </p>
        )}
      </main>
    </div>
  )
}
