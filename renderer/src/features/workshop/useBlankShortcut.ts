/**
 * B, and View › Blank the projector in the desktop menu: both blank the projector or bring it
 * back, on every tab of the workshop, while the presenter is open. B passes the single-key gate
 * (not while typing, not with Ctrl, ⌘ or Alt). What happened is said aloud, since the focus is
 * elsewhere and the button's pressed state goes unheard.
 */
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { singleKeyOf } from '../../ui/singleKeys'
import { useAppCommand } from '../app/commands/appCommands'

interface BlankControls {
  open: boolean
  blank: boolean
  setBlank: (blank: boolean) => Promise<boolean>
}

/** Returns the words for the live region: empty unless they still describe the projector. */
export function useBlankShortcut(controls: BlankControls): string {
  const { t } = useTranslation()
  const [said, setSaid] = useState<{ blank: boolean; text: string } | null>(null)

  const toggle = async () => {
    if (!controls.open) return
    const blank = !controls.blank
    if (await controls.setBlank(blank)) {
      setSaid({ blank, text: t(blank ? 'projector.blanked' : 'projector.shown') })
    }
  }
  const toggleRef = useRef(toggle)
  useEffect(() => {
    toggleRef.current = toggle
  })

  useAppCommand('toggleBlank', () => void toggle())
  const open = controls.open
  useEffect(() => {
    if (!open) return
    function onKeyDown(event: KeyboardEvent) {
      if (singleKeyOf(event) !== 'b') return
      event.preventDefault()
      void toggleRef.current()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [open])

  // A click on the button, or the presenter closed, makes the last words stale: say nothing.
  return said && controls.open && said.blank === controls.blank ? said.text : ''
}
