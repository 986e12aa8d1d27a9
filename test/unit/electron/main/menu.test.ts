// The installed application menu follows what the renderer says applies, and is rebuilt only
// when that changes: the same state again costs nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as MenuModule from '../../../../electron/main/menu'
import { CLOSED_MENU_STATE, type MenuState } from '../../../../shared/ipc/events'
import { createFakeMenu, type FakeMenu, type FakeMenuApi } from '../fakeElectronMenu'

const electron = vi.hoisted(() => ({ Menu: undefined as unknown as FakeMenuApi }))
vi.mock('electron', () => ({
  get Menu() {
    return electron.Menu
  },
}))

let menuModule: typeof MenuModule

beforeEach(async () => {
  electron.Menu = createFakeMenu([])
  vi.resetModules()
  menuModule = await import('../../../../electron/main/menu')
})

function installed(platform: NodeJS.Platform = 'linux', isPackaged = true) {
  const send = vi.fn()
  const menu = menuModule.createAppMenu({ platform, isPackaged, language: 'en', send })
  menu.install()
  const current = (): FakeMenu => {
    const set = electron.Menu.getApplicationMenu()
    if (set === null) throw new Error('no application menu')
    return set
  }
  const enabled = (id: string) => current().getMenuItemById(id)?.enabled
  return { menu, send, current, enabled }
}

const OPEN: MenuState = {
  workshopOpen: true,
  canUndo: true,
  canRedo: false,
  presenterOpen: false,
  presenterBlank: false,
}

describe('createAppMenu', () => {
  it('installs the menu for a closed workshop, built for the platform', () => {
    const { current, enabled } = installed('darwin')
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledTimes(1)
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1)
    expect(current().items.map((item) => item.label)).toEqual([
      'Vantage',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ])
    expect(enabled('saveSession')).toBe(false)
    expect(enabled('undo')).toBe(false)
    expect(enabled('openSession')).toBe(true)
  })

  it('hands a clicked command to send', () => {
    const { current, send } = installed()
    current().getMenuItemById('exportPdf')?.click()
    expect(send.mock.calls).toEqual([['exportPdf']])
  })

  it('rebuilds with the new state when it changes', () => {
    const { menu, current, enabled } = installed()
    const before = current()
    menu.setState(OPEN)
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(2)
    expect(current()).not.toBe(before)
    expect(enabled('saveSession')).toBe(true)
    expect(enabled('undo')).toBe(true)
    expect(enabled('redo')).toBe(false)
  })

  it('rebuilds nothing when told the state it already shows', () => {
    const { menu } = installed()
    menu.setState({ ...CLOSED_MENU_STATE })
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledTimes(1)
    menu.setState(OPEN)
    menu.setState({ ...OPEN })
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledTimes(2)
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(2)
  })

  it('rebuilds for any single flag that changes', () => {
    const { menu } = installed()
    let calls = 1
    for (const key of Object.keys(CLOSED_MENU_STATE) as (keyof MenuState)[]) {
      menu.setState({ ...CLOSED_MENU_STATE, [key]: true })
      calls += 1
      expect(electron.Menu.buildFromTemplate, key).toHaveBeenCalledTimes(calls)
      menu.setState(CLOSED_MENU_STATE)
      calls += 1
    }
  })

  it('keeps its own copy of the state, so a caller changing its object later is noticed', () => {
    const { menu, enabled } = installed()
    const state = { ...CLOSED_MENU_STATE, canRedo: true }
    menu.setState(state)
    state.workshopOpen = true
    menu.setState(state)
    expect(enabled('saveSession')).toBe(true)
  })

  it('keeps the developer tools to an unpackaged run', () => {
    const roles = (current: () => FakeMenu) => [...current().allItems()].map((item) => item.role)
    expect(roles(installed('linux', false).current)).toContain('toggleDevTools')
    expect(roles(installed('linux', true).current)).not.toContain('toggleDevTools')
  })

  it('speaks the language it is told, and rebuilds only when the language changes', () => {
    const { menu, current } = installed('win32')
    menu.setLanguage('de')
    expect(current().items.map((item) => item.label)).toEqual([
      'Datei',
      'Bearbeiten',
      'Darstellung',
      'Fenster',
      'Hilfe',
    ])
    menu.setLanguage('de')
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledTimes(2)
    menu.setLanguage('fr')
    expect(current().items[0]?.label).toBe('Fichier')
  })
})
