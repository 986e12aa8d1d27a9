/**
 * The menu commands that belong to the app as a whole: a new workshop, the backups, the template
 * library, undo and redo of the open workshop, the shortcuts and About. Undo in a text field is
 * the field's own undo, as the facilitator expects; anywhere else it is the workshop's history.
 */
import { useState } from 'react'
import { useLocation } from 'wouter'
import type { AppCommand } from '@shared/ipc'
import { platform } from '../../../platform'
import { useWorkshopEdits } from '../../../store/context'
import { isTextEntry } from '../../../ui/textEntry'
import { HelpOverlay } from '../../facilitate/shell/HelpOverlay'
import { NewWorkshopDialog } from '../../home/NewWorkshopDialog'
import { TEMPLATE_LIBRARY_ROUTE } from '../../templates/TemplateImportProvider'
import { AboutDialog } from '../AboutDialog'
import { useAppCommand } from './appCommands'
import { useMenuCommands, useMenuStateReport, useWorkshopOnScreen } from './useDesktopMenu'

type AppDialog = Extract<AppCommand, 'newWorkshop' | 'about' | 'shortcuts'>

export function AppCommands() {
  const [, navigate] = useLocation()
  const edits = useWorkshopEdits()
  const workshopOpen = useWorkshopOnScreen()
  const [dialog, setDialog] = useState<AppDialog | null>(null)
  useMenuCommands()
  useMenuStateReport()

  useAppCommand(['newWorkshop', 'about', 'shortcuts'], (command) => setDialog(command as AppDialog))
  useAppCommand('backups', () => {
    if (platform.backups) navigate('/backups')
  })
  useAppCommand('templateLibrary', () => navigate(TEMPLATE_LIBRARY_ROUTE))
  useAppCommand(['undo', 'redo'], (command) => {
    if (isTextEntry(document.activeElement)) {
      // Deprecated, but still the one way to reach the field's own undo stack from a script.
      document.execCommand(command)
      return
    }
    if (!workshopOpen) return
    void (command === 'undo' ? edits.undo() : edits.redo())
  })

  const closeWhenShut = (open: boolean) => {
    if (!open) setDialog(null)
  }
  return (
    <>
      <NewWorkshopDialog
        open={dialog === 'newWorkshop'}
        onOpenChange={closeWhenShut}
        onCreated={(id) => navigate(`/workshops/${id}`)}
      />
      <AboutDialog open={dialog === 'about'} onOpenChange={closeWhenShut} />
      <HelpOverlay open={dialog === 'shortcuts'} onOpenChange={closeWhenShut} />
    </>
  )
}
