/**
 * In a browser tab, a reload or close while a write is still on its way could drop that write,
 * so the browser is asked to confirm leaving until it lands (a matter of milliseconds). The
 * desktop app flushes on quit instead, where a blocked close would only confuse.
 */
import { useEffect } from 'react'
import { platform } from '../../platform'
import { useServices } from '../../store/context'

export function useWarnBeforeLeavingUnsaved(): void {
  const { saveStatus } = useServices()
  useEffect(() => {
    if (platform.kind !== 'browser') return
    function onBeforeUnload(event: BeforeUnloadEvent) {
      if (saveStatus.store.getState().pending > 0) event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [saveStatus])
}
