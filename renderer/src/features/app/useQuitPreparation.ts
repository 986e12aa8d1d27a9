/**
 * Quit safely, the page's half: when main says the window is about to close or the app to quit,
 * the text still on its autosave timer is written, every write is waited for, and a last backup
 * of what changed is written. Main waits for this (with a time limit) before it lets go.
 */
import { useEffect } from 'react'
import { platform } from '../../platform'
import { useServices } from '../../store/context'
import { flushPendingSaves } from '../../ui/pendingSaves'

export function useQuitPreparation(backUpNow: () => Promise<void>): void {
  const { saveStatus } = useServices()
  useEffect(() => {
    const desktop = platform.desktop
    if (!desktop) return
    return desktop.onPrepareToQuit(async () => {
      flushPendingSaves()
      // A flushed save reaches the save status within the same task; let it register first.
      await new Promise((resolve) => setTimeout(resolve, 0))
      await saveStatus.settled()
      await backUpNow()
    })
  }, [saveStatus, backUpNow])
}
