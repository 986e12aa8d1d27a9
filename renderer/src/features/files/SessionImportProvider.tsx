/**
 * Opening session files from anywhere in the app: the Open button or menu item, a file dropped
 * onto the window, or one the OS hands the desktop app (double-click, command line, a second
 * launch; routed here by FileImports). Says exactly what is wrong with a bad file, and asks
 * before touching a workshop that is already here.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import type { WorkshopSnapshot } from '@shared/domain'
import { MAX_SESSION_FILE_BYTES } from '@shared/ipc/limits'
import { platform } from '../../platform'
import { useServices } from '../../store/context'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { useAppCommand } from '../app/commands/appCommands'
import { preloadWorkshopScreens } from '../app/lazyScreens'
import { checkSessionText, openImported, type ImportMode } from './sessionImport'
import { failureReason } from '../../i18n/failureReason'

type Phase =
  | { phase: 'idle' }
  | { phase: 'invalid'; fileName: string; detail: string }
  | { phase: 'exists'; snapshot: WorkshopSnapshot }

export interface SessionImport {
  /** Asks for a session file and opens it (the Open button, the menu item). */
  openFile(): Promise<void>
  /** Opens the text of a session file that came from elsewhere (the OS). */
  openText(fileName: string, text: string): Promise<void>
  /** Says why a file could not be opened; nothing is changed. */
  showProblem(fileName: string, detail: string): void
}

const ImportContext = createContext<SessionImport | null>(null)

export function useSessionImport(): SessionImport {
  const context = useContext(ImportContext)
  if (!context) throw new Error('useSessionImport must be used inside SessionImportProvider')
  return context
}

export function SessionImportProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const services = useServices()
  const [, navigate] = useLocation()
  const [state, setState] = useState<Phase>({ phase: 'idle' })

  const finish = useCallback(
    async (snapshot: WorkshopSnapshot, mode: ImportMode, fileName = '') => {
      try {
        const [{ id, landed }] = await Promise.all([
          openImported(services, snapshot, mode),
          // Shown at once, not after its screens' code arrives.
          preloadWorkshopScreens(),
        ])
        setState({ phase: 'idle' })
        navigate(`/workshops/${id}`)
        // Shown before it is stored: if it cannot be, the facilitator is told so, at home.
        await landed.catch((error: unknown) => {
          navigate('/')
          setState({ phase: 'invalid', fileName, detail: failureReason(error) })
        })
      } catch (error) {
        setState({ phase: 'invalid', fileName, detail: failureReason(error) })
      }
    },
    [services, navigate],
  )

  const handleText = useCallback(
    async (fileName: string, text: string) => {
      void preloadWorkshopScreens()
      const check = await checkSessionText(services, text)
      if (check.kind === 'invalid') setState({ phase: 'invalid', fileName, detail: check.detail })
      else if (check.exists) setState({ phase: 'exists', snapshot: check.snapshot })
      else await finish(check.snapshot, 'new', fileName)
    },
    [services, finish],
  )

  const openFile = useCallback(async () => {
    try {
      const outcome = await platform.openSessionFile()
      if (outcome.opened) await handleText(outcome.fileName, outcome.contents)
    } catch (error) {
      setState({ phase: 'invalid', fileName: '', detail: failureReason(error) })
    }
  }, [handleText])

  const showProblem = useCallback(
    (fileName: string, detail: string) => setState({ phase: 'invalid', fileName, detail }),
    [],
  )
  useFileDrop(handleText, showProblem)
  useAppCommand('openSession', () => void openFile())

  const value = useMemo(
    () => ({ openFile, openText: handleText, showProblem }),
    [openFile, handleText, showProblem],
  )
  const close = () => setState({ phase: 'idle' })
  return (
    <ImportContext value={value}>
      {children}
      <Dialog
        open={state.phase === 'invalid'}
        onOpenChange={(open) => !open && close()}
        title={t('files.open.failedTitle')}
        description={
          state.phase === 'invalid' ? t('files.open.failedIntro', { fileName: state.fileName }) : ''
        }
      >
        <p className="import-problem">{state.phase === 'invalid' ? state.detail : ''}</p>
        <div className="dialog__actions">
          <Button variant="primary" onClick={close}>
            {t('files.open.close')}
          </Button>
        </div>
      </Dialog>
      <Dialog
        open={state.phase === 'exists'}
        onOpenChange={(open) => !open && close()}
        title={
          state.phase === 'exists'
            ? t('files.open.existsTitle', { title: state.snapshot.workshop.title })
            : ''
        }
        description={t('files.open.existsBody')}
      >
        <div className="dialog__actions">
          <Button onClick={close}>{t('files.open.cancel')}</Button>
          <Button
            onClick={() => state.phase === 'exists' && void finish(state.snapshot, 'keepBoth')}
          >
            {t('files.open.keepBoth')}
          </Button>
          <Button
            variant="danger"
            onClick={() => state.phase === 'exists' && void finish(state.snapshot, 'replace')}
          >
            {t('files.open.replace')}
          </Button>
        </div>
      </Dialog>
    </ImportContext>
  )
}

/** A .vantage file dropped anywhere on the window opens; anything else dropped is ignored. */
function useFileDrop(
  onText: (fileName: string, text: string) => Promise<void>,
  onProblem: (fileName: string, detail: string) => void,
) {
  const { t } = useTranslation()
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false
    function onDragOver(e: DragEvent) {
      if (hasFiles(e)) e.preventDefault()
    }
    async function onDrop(e: DragEvent) {
      if (!hasFiles(e)) return
      e.preventDefault()
      const file = e.dataTransfer?.files[0]
      if (!file) return
      if (file.size > MAX_SESSION_FILE_BYTES) {
        onProblem(file.name, t('files.open.tooLarge'))
        return
      }
      await onText(file.name, await file.text())
    }
    const drop = (e: DragEvent) => void onDrop(e)
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', drop)
    }
  }, [onText, onProblem, t])
}
