/**
 * Wires the stores to a database once, at start. Tests build the same services over a fresh
 * database, so the app and its tests run the same code.
 */
import { createStore } from 'zustand/vanilla'
import { builtInTemplateOf } from '@shared/content'
import type { Template } from '@shared/domain'
import { createRepositories, watchForNewerVersion, type VantageDatabase } from '../db'
import type { RecordFactory } from '../db'
import { systemRecordFactory } from '../db/ids'
import { i18n, t } from '../i18n'
import { createSaveStatusStore } from './saveStatusStore'
import { createSessionStore, type SessionDeps } from './session/sessionStore'
import { createWorkshopEdits } from './session/workshopEdits'
import { createTemplatesStore } from './templatesStore'
import { createWorkshopsStore } from './workshopsStore'

export interface AppSession {
  /** Another window opened a newer database version; this window must reload. */
  replacedByNewerVersion: boolean
  /** The presenter window is open, as the facilitator's controls last saw it. */
  presenterOpen: boolean
  /** The projector is blanked, as the facilitator's controls last saw it. */
  presenterBlank: boolean
}

export function createAppServices(
  db: VantageDatabase,
  options: { records?: RecordFactory; template?: Template; retry?: SessionDeps['retry'] } = {},
) {
  const repositories = createRepositories(db, options.records)
  const saveStatus = createSaveStatusStore()
  const session = createStore<AppSession>(() => ({
    replacedByNewerVersion: false,
    presenterOpen: false,
    presenterBlank: false,
  }))
  watchForNewerVersion(db, () => session.setState({ replacedByNewerVersion: true }))
  const workshops = createWorkshopsStore({
    repository: repositories.workshops,
    defaultTemplate: () => options.template ?? builtInTemplateOf(i18n.language),
    copyLabel: (n) => t('home.copySuffix', { count: n }),
    track: saveStatus.track,
  })
  const templates = createTemplatesStore({
    repository: repositories.templates,
    track: saveStatus.track,
  })
  const records = options.records ?? systemRecordFactory
  const workshop = createSessionStore({
    db,
    repositories,
    records,
    track: saveStatus.track,
    reportRefusal: saveStatus.setRefusal,
    retry: options.retry,
  })
  const edits = createWorkshopEdits(workshop, records)
  return {
    db,
    repositories,
    records,
    saveStatus,
    session,
    workshops,
    templates,
    workshop,
    edits,
  }
}

export type AppServices = ReturnType<typeof createAppServices>
