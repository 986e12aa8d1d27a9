/**
 * Puts the application menu in place and keeps it in step with the renderer: what the menu
 * offers follows the state the renderer reports and its words the facilitator's language, and
 * the menu is rebuilt only when one of them changes.
 */
import { Menu } from 'electron'
import type { Language } from '../../shared/i18n/languages'
import { CLOSED_MENU_STATE, type AppCommand, type MenuState } from '../../shared/ipc/events'
import { MAIN_TEXT } from './locales/mainText'
import { appMenuTemplate } from './menuTemplate'

export interface AppMenu {
  install(): void
  setState(state: MenuState): void
  setLanguage(language: Language): void
}

export function createAppMenu(options: {
  platform: NodeJS.Platform
  isPackaged: boolean
  language: Language
  send(command: AppCommand): void
}): AppMenu {
  let state = CLOSED_MENU_STATE
  let language = options.language
  let installed = false
  const install = () => {
    installed = true
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate({ ...options, state, labels: MAIN_TEXT[language].menu }),
      ),
    )
  }
  return {
    install,
    setState(next) {
      const same = (Object.keys(next) as (keyof MenuState)[]).every((k) => next[k] === state[k])
      if (same) return
      state = { ...next }
      install()
    },
    setLanguage(next) {
      if (next === language) return
      language = next
      // Before the menu is first put in place, the language only waits for it.
      if (installed) install()
    },
  }
}
