/**
 * The desktop application menu, seen from the page: its commands are passed into the page's
 * command bus, and the menu is told what applies now (a workshop open, something to undo, the
 * presenter open or blank), so it greys out the rest and checks what is on. Nothing happens in a
 * browser, which has no menu.
 */
import { useEffect } from 'react'
import { useStore } from 'zustand'
import { useRoute } from 'wouter'
import type { MenuState } from '@shared/ipc'
import { platform } from '../../../platform'
import { useServices, useSession } from '../../../store/context'
import { canRedoSession, canUndoSession } from '../../../store/session/sessionStore'
import { emitAppCommand } from './appCommands'

export function useMenuCommands(): void {
  useEffect(() => platform.desktop?.onCommand(emitAppCommand), [])
}

/** Whether the screen shows a workshop: the one in the route, once it is loaded. */
export function useWorkshopOnScreen(): boolean {
  const [inWorkshop, params] = useRoute<{ id: string }>('/workshops/:id/*?')
  const loadedId = useSession((s) => s.data?.workshop.id)
  return inWorkshop && loadedId === params.id
}

export function useMenuState(): MenuState {
  const workshopOpen = useWorkshopOnScreen()
  const canUndo = useSession(canUndoSession)
  const canRedo = useSession(canRedoSession)
  const { session } = useServices()
  const presenterOpen = useStore(session, (s) => s.presenterOpen)
  const presenterBlank = useStore(session, (s) => s.presenterBlank)
  return {
    workshopOpen,
    canUndo: workshopOpen && canUndo,
    canRedo: workshopOpen && canRedo,
    presenterOpen: workshopOpen && presenterOpen,
    presenterBlank: workshopOpen && presenterOpen && presenterBlank,
  }
}

/** Keeps the menu in step with the screen. */
export function useMenuStateReport(): void {
  const { workshopOpen, canUndo, canRedo, presenterOpen, presenterBlank } = useMenuState()
  useEffect(() => {
    const desktop = platform.desktop
    if (!desktop) return
    desktop
      .setMenuState({ workshopOpen, canUndo, canRedo, presenterOpen, presenterBlank })
      .catch((error: unknown) => console.error('Vantage could not update its menu:', error))
  }, [workshopOpen, canUndo, canRedo, presenterOpen, presenterBlank])
}
