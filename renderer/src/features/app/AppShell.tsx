/**
 * The frame around every screen: the app bar with the saved state, the content, the footer; and
 * what runs behind every screen: the backups and, in the desktop app, the safe quit.
 */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { platform } from '../../platform'
import { useReplacedByNewerVersion } from '../../store/context'
import { Button } from '../../ui/Button'
import { SaveIndicator } from '../../ui/SaveIndicator'
import { StorageRefusalNotice } from '../files/StorageRefusalNotice'
import { useBackupScheduler } from '../files/useBackupScheduler'
import { LanguagePicker } from './LanguagePicker'
import { useAppInfo } from './useAppInfo'
import { useQuitPreparation } from './useQuitPreparation'
import { useWarnBeforeLeavingUnsaved } from './useWarnBeforeLeavingUnsaved'

function Footer() {
  const { t } = useTranslation()
  const info = useAppInfo()
  if (!info) return <footer className="app-footer" />
  return (
    <footer className="app-footer">
      {platform.kind === 'desktop'
        ? t('app.footerDesktop', { version: info.version, folder: info.dataFolder })
        : t('app.footerBrowser', { version: info.version })}
    </footer>
  )
}

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const replaced = useReplacedByNewerVersion()
  useWarnBeforeLeavingUnsaved()
  const { failure: backupFailure, backUpNow } = useBackupScheduler()
  useQuitPreparation(backUpNow)
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-bar">
        <Link href="/" className="app-bar__brand">
          <span className="app-bar__mark" aria-hidden="true" />
          {t('app.name')}
        </Link>
        <span className="app-bar__tagline">{t('app.tagline')}</span>
        {platform.backups && (
          <Link href="/backups" className="app-bar__link">
            {t('files.backups.title')}
          </Link>
        )}
        <LanguagePicker />
        <SaveIndicator />
      </header>
      {replaced && (
        <div className="notice notice--failed" role="alert">
          <p className="notice__text">{t('app.dbReplaced')}</p>
          <Button variant="primary" onClick={() => window.location.reload()}>
            {t('app.reload')}
          </Button>
        </div>
      )}
      <StorageRefusalNotice />
      {backupFailure && (
        <div className="notice notice--failed" role="alert">
          <p className="notice__text">
            {t('files.backups.writeFailed', { reason: backupFailure })}
          </p>
        </div>
      )}
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
      <Footer />
    </div>
  )
}
