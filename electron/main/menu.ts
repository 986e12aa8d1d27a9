/**
 * Puts the application menu in place and keeps it in step with the renderer: what the menu
 * offers follows the state the renderer reports, and the menu is rebuilt only when that changes.
 */
import { Menu } from 'electron'
import { CLOSED_MENU_STATE, type AppCommand, type MenuState } from '../../shared/ipc/events'
import { appMenuTemplate } from './menuTemplate'

export interface AppMenu {
  install(): void
  setState(state: MenuState): void
}

export function createAppMenu(options: {
  platform: NodeJS.Platform
  isPackaged: boolean
  send(command: AppCommand): void
}): AppMenu {
  let state = CLOSED_MENU_STATE
  const install = () =>
    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ ...options, state })))
  return {
    install,
    setState(next) {
      const same = (Object.keys(next) as (keyof MenuState)[]).every((k) => next[k] === state[k])
      if (same) return
      state = { ...next }
      install()
    },
  }
}
