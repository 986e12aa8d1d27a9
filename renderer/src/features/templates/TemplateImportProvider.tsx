/**
 * Importing template files from anywhere in the app: the library's Import button, File › Import
 * template…, and a template file the OS hands the desktop app (a double-click, the command line,
 * a second launch). Each goes the same way: to the library, where a template whose id is already
 * here asks keep both or replace, and a refused file is named with a sentence saying why.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { useTemplateActions } from '../../store/context'
import { useAppCommand } from '../app/commands/appCommands'
import { TemplateConflictDialog, type PendingImport } from './TemplateFileActions'
import { pickTemplateFile, readTemplateText, type ReadTemplate } from './templateFiles'
import { failureReason } from '../../i18n/failureReason'

export const TEMPLATE_LIBRARY_ROUTE = '/templates'

export interface TemplateImport {
  /** Asks for a template file and imports it (the Import button, the menu item). */
  pickAndImport(): Promise<void>
  /** Imports the text of a file that came from elsewhere (the OS). */
  importText(fileName: string, contents: string): Promise<void>
  /** Refuses a file that could not be read, with the reason main gave. */
  refuse(fileName: string, reason: string): void
  /** The line saying how the last template file went; the library shows it. */
  message: string
  /** Replaces that line (an export says how it went there too). */
  say(text: string): void
}

const TemplateImportContext = createContext<TemplateImport | null>(null)

export function useTemplateImport(): TemplateImport {
  const context = useContext(TemplateImportContext)
  if (!context) throw new Error('useTemplateImport must be used inside TemplateImportProvider')
  return context
}

export function TemplateImportProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const actions = useTemplateActions()
  const [message, say] = useState('')
  const [pending, setPending] = useState<PendingImport | null>(null)
  const showLibrary = useShowLibrary(() => say(''))

  const importRead = useCallback(
    async (read: ReadTemplate) => {
      showLibrary()
      if (read.kind === 'refused') {
        say(t('templates.files.refused', { fileName: read.fileName, reason: read.reason }))
        return
      }
      say('')
      const conflict = await actions.importConflict(read.template)
      if (conflict.kind === 'none') await actions.importTemplate(read.template, 'keepBoth')
      else setPending({ template: read.template, conflict })
    },
    [actions, showLibrary, t],
  )

  const failed = useCallback(
    (error: unknown) => {
      showLibrary()
      say(t('templates.files.openFailed', { reason: failureReason(error) }))
    },
    [showLibrary, t],
  )

  const pickAndImport = useCallback(async () => {
    try {
      const picked = await pickTemplateFile()
      if (picked.kind !== 'cancelled') await importRead(picked)
    } catch (error) {
      failed(error)
    }
  }, [importRead, failed])

  const importText = useCallback(
    async (fileName: string, contents: string) => {
      try {
        await importRead(await readTemplateText(fileName, contents))
      } catch (error) {
        failed(error)
      }
    },
    [importRead, failed],
  )

  const refuse = useCallback(
    (fileName: string, reason: string) => {
      showLibrary()
      say(t('templates.files.refused', { fileName, reason }))
    },
    [showLibrary, t],
  )

  useAppCommand('importTemplate', () => void pickAndImport())

  async function choose(choice: 'keepBoth' | 'replace') {
    if (!pending) return
    setPending(null)
    await actions.importTemplate(pending.template, choice)
  }

  const value = useMemo(
    () => ({ pickAndImport, importText, refuse, message, say }),
    [pickAndImport, importText, refuse, message],
  )
  return (
    <TemplateImportContext value={value}>
      {children}
      {pending && (
        <TemplateConflictDialog
          pending={pending}
          onChoose={(choice) => void choose(choice)}
          onCancel={() => setPending(null)}
        />
      )}
    </TemplateImportContext>
  )
}

/**
 * Goes to the library unless already there, and calls `onLeave` when the facilitator leaves it,
 * so a line about an earlier file is not found there on a later visit. The returned function
 * stays the same across navigations, so the flows built on it do too.
 */
function useShowLibrary(onLeave: () => void): () => void {
  const [location, navigate] = useLocation()
  const current = useRef(location)
  const leave = useRef(onLeave)
  useEffect(() => {
    leave.current = onLeave
  })
  useEffect(() => {
    const wasLibrary = current.current === TEMPLATE_LIBRARY_ROUTE
    current.current = location
    if (wasLibrary && location !== TEMPLATE_LIBRARY_ROUTE) leave.current()
  }, [location])
  return useCallback(() => {
    if (current.current === TEMPLATE_LIBRARY_ROUTE) return
    // Counted as there at once: a second file before the route changes goes there only once.
    current.current = TEMPLATE_LIBRARY_ROUTE
    navigate(TEMPLATE_LIBRARY_ROUTE)
  }, [navigate])
}
