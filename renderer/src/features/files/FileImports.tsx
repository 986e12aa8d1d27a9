/**
 * Where files come into the app: session files (SessionImportProvider) and template files
 * (TemplateImportProvider), and the files the OS hands the desktop app, each sent to the import
 * of its kind. A file main could not read is named where its kind's import names refusals: a
 * template in the library, anything else in the session's problem dialog.
 */
import type { ReactNode } from 'react'
import { TemplateImportProvider, useTemplateImport } from '../templates/TemplateImportProvider'
import { SessionImportProvider, useSessionImport } from './SessionImportProvider'
import { problemReason } from '../../i18n/failureReason'
import { useWaitingFiles } from './useWaitingFiles'

function WaitingFiles() {
  const sessions = useSessionImport()
  const templates = useTemplateImport()
  useWaitingFiles({
    session: sessions.openText,
    template: templates.importText,
    unreadable: (file) =>
      file.fileKind === 'template'
        ? templates.refuse(file.fileName, problemReason(file.problem))
        : sessions.showProblem(file.fileName, problemReason(file.problem)),
  })
  return null
}

export function FileImports({ children }: { children: ReactNode }) {
  return (
    <TemplateImportProvider>
      <SessionImportProvider>
        {children}
        <WaitingFiles />
      </SessionImportProvider>
    </TemplateImportProvider>
  )
}
