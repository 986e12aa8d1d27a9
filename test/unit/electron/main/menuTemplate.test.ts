// The application menu on macOS, Linux and Windows: each platform's own menus in their places,
// every item either an Electron role or a click that sends its own command, every command
// reachable, the in-app keys as accelerators, none taken twice and no bare letter taken from
// typing, what does not apply now greyed out, and what is on checked.
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { MAIN_TEXT } from '../../../../electron/main/locales/mainText'
import { appMenuTemplate } from '../../../../electron/main/menuTemplate'
import { LANGUAGES, type Language } from '../../../../shared/i18n/languages'
import {
  APP_COMMANDS,
  CLOSED_MENU_STATE,
  isAppCommand,
  type MenuState,
} from '../../../../shared/ipc/events'
import { FakeMenu, roleAccelerators } from '../fakeElectronMenu'

type Item = MenuItemConstructorOptions
type Platform = 'darwin' | 'linux' | 'win32'

const PLATFORMS: Platform[] = ['darwin', 'linux', 'win32']

function template(
  platform: Platform,
  options: { state?: Partial<MenuState>; isPackaged?: boolean; language?: Language } = {},
) {
  const send = vi.fn()
  const menu = appMenuTemplate({
    platform,
    state: { ...CLOSED_MENU_STATE, ...options.state },
    isPackaged: options.isPackaged ?? true,
    labels: MAIN_TEXT[options.language ?? 'en'].menu,
    send,
  })
  return { menu, send }
}

const submenuOf = (item: Item | undefined): Item[] =>
  Array.isArray(item?.submenu) ? (item.submenu as Item[]) : []

/** Every item at every depth, separators included. */
function walk(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...walk(submenuOf(item))])
}

const topLevel = (menu: Item[], label: string) => menu.find((item) => item.label === label)
const roles = (items: readonly Item[]) => items.map((item) => item.role).filter(Boolean)
const commandItems = (menu: Item[]) => walk(menu).filter((item) => item.click !== undefined)
const byId = (menu: Item[], id: string) => walk(menu).find((item) => item.id === id)

/** One spelling per key combination: modifiers resolved for the platform and sorted. */
function normalizedKeys(accelerator: string, platform: Platform): string {
  const parts = accelerator.split('+')
  const key = (parts.pop() ?? '').toLowerCase()
  const modifier = (name: string) => {
    switch (name.toLowerCase()) {
      case 'commandorcontrol':
      case 'cmdorctrl':
        return platform === 'darwin' ? 'Cmd' : 'Ctrl'
      case 'command':
      case 'cmd':
        return 'Cmd'
      case 'control':
      case 'ctrl':
        return 'Ctrl'
      case 'option':
      case 'alt':
        return 'Alt'
      default:
        return name
    }
  }
  return [...new Set(parts.map(modifier))].sort().concat(key).join('+')
}

/** The keys each item answers to: its own accelerator, else its role's default. */
function effectiveAccelerators(menu: Item[], platform: Platform): Array<[string, string]> {
  const defaults = roleAccelerators(platform)
  return walk(menu).flatMap((item): Array<[string, string]> => {
    const accelerator =
      item.accelerator ?? (item.role === undefined ? undefined : defaults[item.role.toLowerCase()])
    const name = item.id ?? item.role ?? item.label ?? '?'
    return accelerator === undefined ? [] : [[name, normalizedKeys(accelerator, platform)]]
  })
}

describe.each(PLATFORMS)('the menu on %s', (platform) => {
  const mac = platform === 'darwin'

  it('has the platform’s top-level menus, in order', () => {
    const { menu } = template(platform)
    expect(menu.map((item) => item.label)).toEqual([
      ...(mac ? ['Vantage'] : []),
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ])
  })

  it('puts About, Services, Hide and Quit where the platform expects them', () => {
    const { menu } = template(platform)
    const file = submenuOf(topLevel(menu, 'File'))
    const help = submenuOf(topLevel(menu, 'Help'))
    if (mac) {
      const appMenu = submenuOf(menu[0])
      expect(appMenu[0]).toMatchObject({ id: 'about', label: MAIN_TEXT.en.menu.about })
      expect(roles(appMenu)).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit'])
      expect(roles(file)).not.toContain('quit')
      expect(help.map((item) => item.id)).not.toContain('about')
    } else {
      expect(file.at(-1)).toMatchObject({ role: 'quit' })
      expect(help.at(-1)).toMatchObject({ id: 'about', label: MAIN_TEXT.en.menu.about })
      for (const role of ['services', 'hide', 'hideOthers', 'unhide']) {
        expect(roles(walk(menu)), role).not.toContain(role)
      }
    }
    // One Quit and one About, wherever they are.
    expect(roles(walk(menu)).filter((role) => role === 'quit')).toHaveLength(1)
    expect(walk(menu).filter((item) => item.id === 'about')).toHaveLength(1)
  })

  it('wires every item: a role, a submenu, or a click that sends exactly its own command', () => {
    const { menu, send } = template(platform, { isPackaged: false })
    for (const item of walk(menu)) {
      if (item.type === 'separator') continue
      const what = item.label ?? item.role ?? '?'
      const hasSubmenu = submenuOf(item).length > 0
      expect(
        Number(item.role !== undefined || hasSubmenu) + Number(item.click !== undefined),
        what,
      ).toBe(1)
      if (item.click === undefined) continue
      expect(isAppCommand(item.id), what).toBe(true)
      send.mockClear()
      item.click({} as never, undefined, {} as never)
      expect(send.mock.calls, what).toEqual([[item.id]])
    }
  })

  it('reaches every app command, each from one item', () => {
    const { menu } = template(platform)
    const ids = commandItems(menu).map((item) => item.id)
    expect([...ids].sort()).toEqual([...APP_COMMANDS].sort())
  })

  it('builds as an Electron menu: known roles, each item labelled, ids unique', () => {
    for (const isPackaged of [true, false]) {
      const { menu } = template(platform, { isPackaged })
      const built = new FakeMenu(menu)
      const ids = [...built.allItems()].flatMap((item) => item.id ?? [])
      expect(new Set(ids).size).toBe(ids.length)
    }
  })

  it('gives the commands the keys the app itself uses', () => {
    const { menu } = template(platform)
    const own = Object.fromEntries(
      walk(menu).flatMap((item) =>
        item.accelerator === undefined ? [] : [[item.id, item.accelerator]],
      ),
    )
    expect(own).toEqual({
      newWorkshop: 'CmdOrCtrl+N',
      openSession: 'CmdOrCtrl+O',
      saveSession: 'CmdOrCtrl+Shift+S',
      exportPdf: 'CmdOrCtrl+P',
      undo: 'CmdOrCtrl+Z',
      redo: 'CmdOrCtrl+Shift+Z',
      togglePresenter: 'CmdOrCtrl+Shift+P',
      shortcuts: 'CmdOrCtrl+/',
      // Shown, never registered (below); macOS has no way to show a key without taking it.
      ...(mac ? {} : { toggleBlank: 'B' }),
    })
  })

  it('registers no bare letter, which the menu would take from every text field', () => {
    const { menu } = template(platform, { isPackaged: false })
    const bare = walk(menu).filter(
      (item) => item.accelerator !== undefined && !item.accelerator.includes('+'),
    )
    expect(bare.map((item) => item.id)).toEqual(mac ? [] : ['toggleBlank'])
    for (const item of bare) expect(item.registerAccelerator, item.id).toBe(false)
  })

  it('offers Blank the projector in View, under the presenter view, as a check mark', () => {
    const { menu, send } = template(platform, {
      state: { workshopOpen: true, presenterOpen: true },
    })
    const view = submenuOf(topLevel(menu, 'View'))
    const blank = view.find((item) => item.label === 'Blank the projector')
    expect(blank).toMatchObject({ id: 'toggleBlank', type: 'checkbox', checked: false })
    expect(view[view.indexOf(blank as Item) - 1]?.id).toBe('togglePresenter')
    blank?.click?.({} as never, undefined, {} as never)
    expect(send.mock.calls).toEqual([['toggleBlank']])
  })

  it('never gives one key combination to two items, roles’ own keys included', () => {
    for (const isPackaged of [true, false]) {
      const { menu } = template(platform, { isPackaged })
      const seen = new Map<string, string>()
      for (const [name, keys] of effectiveAccelerators(menu, platform)) {
        expect(seen.get(keys), `${name} and ${seen.get(keys)} share ${keys}`).toBeUndefined()
        seen.set(keys, name)
      }
      expect(seen.size).toBeGreaterThan(10)
    }
  })

  it('offers the template library and a template import in File, each sending its command', () => {
    const { menu, send } = template(platform)
    const file = submenuOf(topLevel(menu, 'File'))
    const library = file.find((item) => item.label === 'Template library')
    const importItem = file.find((item) => item.label === 'Import template…')
    expect(library).toMatchObject({ id: 'templateLibrary' })
    expect(importItem).toMatchObject({ id: 'importTemplate' })
    // Side by side, after the exports and set apart from them.
    const at = file.indexOf(library as Item)
    expect(file[at + 1]).toBe(importItem)
    expect(file[at - 1]).toEqual({ type: 'separator' })
    expect(file[at + 2]).toEqual({ type: 'separator' })
    library?.click?.({} as never, undefined, {} as never)
    importItem?.click?.({} as never, undefined, {} as never)
    expect(send.mock.calls).toEqual([['templateLibrary'], ['importTemplate']])
  })

  it('offers Open recent on macOS only, where the OS keeps the list in the menu', () => {
    const { menu } = template(platform)
    const recent = walk(menu).find((item) => item.role === 'recentDocuments')
    if (mac) expect(submenuOf(recent)).toMatchObject([{ role: 'clearRecentDocuments' }])
    else expect(recent).toBeUndefined()
  })

  it('shows the developer tools and reload only in an unpackaged run', () => {
    expect(roles(walk(template(platform, { isPackaged: false }).menu))).toEqual(
      expect.arrayContaining(['toggleDevTools', 'reload']),
    )
    const packaged = roles(walk(template(platform, { isPackaged: true }).menu))
    expect(packaged).not.toContain('toggleDevTools')
    expect(packaged).not.toContain('reload')
    expect(packaged).not.toContain('forceReload')
  })
})

describe('what the menu offers now', () => {
  const ALWAYS = [
    'newWorkshop',
    'openSession',
    'backups',
    'templateLibrary',
    'importTemplate',
    'shortcuts',
    'about',
  ]
  const WITH_A_WORKSHOP = [
    'saveSession',
    'exportPdf',
    'exportRatingsCsv',
    'exportBetsCsv',
    'togglePresenter',
  ]

  const enabledCommands = (state: Partial<MenuState>, platform: Platform = 'linux') =>
    commandItems(template(platform, { state }).menu)
      .filter((item) => item.enabled !== false)
      .map((item) => item.id)
      .sort()

  it.each(PLATFORMS)('greys out all that needs a workshop or a history without one, on %s', (p) => {
    expect(enabledCommands({}, p)).toEqual([...ALWAYS].sort())
  })

  it.each([
    [{ workshopOpen: true }, WITH_A_WORKSHOP],
    [{ canUndo: true }, ['undo']],
    [{ canRedo: true }, ['redo']],
    [{ workshopOpen: true, canUndo: true, canRedo: true }, [...WITH_A_WORKSHOP, 'undo', 'redo']],
    [{ workshopOpen: true, presenterOpen: true }, [...WITH_A_WORKSHOP, 'toggleBlank']],
    [{ presenterOpen: true }, []],
  ])('with %o, offers also %o', (state, more) => {
    expect(enabledCommands(state)).toEqual([...ALWAYS, ...more].sort())
  })

  it('names the presenter item after what choosing it will do', () => {
    const label = (presenterOpen: boolean) =>
      byId(
        template('darwin', { state: { workshopOpen: true, presenterOpen } }).menu,
        'togglePresenter',
      )?.label
    expect(label(false)).toBe('Show presenter view')
    expect(label(true)).toBe('Close presenter view')
  })

  it('checks Blank the projector while the projector is blank', () => {
    const checked = (presenterBlank: boolean) =>
      byId(
        template('linux', { state: { workshopOpen: true, presenterOpen: true, presenterBlank } })
          .menu,
        'toggleBlank',
      )?.checked
    expect(checked(false)).toBe(false)
    expect(checked(true)).toBe(true)
  })
})

describe('the menu in the facilitator’s language', () => {
  const labels = (platform: Platform, language: Language) =>
    walk(template(platform, { language, isPackaged: false }).menu)
      .filter((item) => item.type !== 'separator')
      .map((item) => item.label)

  it.each(PLATFORMS.flatMap((p) => LANGUAGES.map((l) => [p, l] as const)))(
    'on %s in %s, names every item itself, so none falls back to the system’s language',
    (platform, language) => {
      for (const label of labels(platform, language)) expect(label).toEqual(expect.any(String))
    },
  )

  it('says the German menu in German and the French one in French', () => {
    expect(labels('win32', 'de')).toEqual(
      expect.arrayContaining(['Datei', 'Bearbeiten', 'Widerrufen', 'Einsetzen', 'Über Vantage']),
    )
    expect(labels('darwin', 'fr')).toEqual(
      expect.arrayContaining(['Fichier', 'Édition', 'Annuler', 'Coller', 'Quitter Vantage']),
    )
    const english = new Set(labels('win32', 'en'))
    const german = labels('win32', 'de').filter((label) => label !== 'Vantage')
    expect(german.filter((label) => english.has(label))).toEqual([])
  })
})
