/**
 * Wires the stores to a database once, at start. Tests build the same services over a fresh
 * database, so the app and its tests run the same code.
 */
import { createStore } from 'zustand/vanilla'
import { DEFAULT_TEMPLATE } from '@shared/content'
import type { Template } from '@shared/domain'
import { createRepositories, watchForNewerVersion, type VantageDatabase } from '../db'
import type { RecordFactory } from '../db'
import { t } from '../i18n'
import { createSaveStatusStore } from './saveStatusStore'
import { createWorkshopsStore } from './workshopsStore'

export interface AppSession {
  /** Another window opened a newer database version; this window must reload. */
  replacedByNewerVersion: boolean
}

export function createAppServices(
  db: VantageDatabase,
  options: { records?: RecordFactory; template?: Template } = {},
) {
  const repositories = createRepositories(db, options.records)
  const saveStatus = createSaveStatusStore()
  const session = createStore<AppSession>(() => ({ replacedByNewerVersion: false }))
  watchForNewerVersion(db, () => session.setState({ replacedByNewerVersion: true }))
  const workshops = createWorkshopsStore({
    repository: repositories.workshops,
    template: options.template ?? DEFAULT_TEMPLATE,
    copyLabel: (n) => t('home.copySuffix', { count: n }),
    track: saveStatus.track,
  })
  return { db, repositories, saveStatus, session, workshops }
}

export type AppServices = ReturnType<typeof createAppServices>
