/**
 * A stand-in for Electron's Menu: buildFromTemplate turns a template into items the way Electron
 * does (enabled unless told otherwise, submenus built too, an item needs a label, role or type,
 * roles must be known), and `click()` calls the item's handler as a menu click would.
 * ROLE_ACCELERATORS are the keys Electron gives a role of its own, per platform.
 */
import type { MenuItemConstructorOptions } from 'electron'
import { vi } from 'vitest'

type Platform = 'darwin' | 'linux' | 'win32'

/**
 * The default accelerator of every role Electron knows (lib/browser/api/menu-item-roles.ts),
 * keyed by the lower-cased role; a role without one maps to undefined.
 */
export function roleAccelerators(platform: Platform): Record<string, string | undefined> {
  const mac = platform === 'darwin'
  const windows = platform === 'win32'
  return {
    about: undefined,
    close: 'CommandOrControl+W',
    copy: 'CommandOrControl+C',
    cut: 'CommandOrControl+X',
    delete: undefined,
    forcereload: 'Shift+CmdOrCtrl+R',
    front: undefined,
    help: undefined,
    hide: 'Command+H',
    hideothers: 'Command+Alt+H',
    minimize: 'CommandOrControl+M',
    paste: 'CommandOrControl+V',
    pasteandmatchstyle: mac ? 'Cmd+Option+Shift+V' : 'Shift+CommandOrControl+V',
    quit: windows ? undefined : 'CommandOrControl+Q',
    redo: windows ? 'Control+Y' : 'Shift+CommandOrControl+Z',
    reload: 'CmdOrCtrl+R',
    resetzoom: 'CommandOrControl+0',
    selectall: 'CommandOrControl+A',
    services: undefined,
    recentdocuments: undefined,
    clearrecentdocuments: undefined,
    toggledevtools: mac ? 'Alt+Command+I' : 'Ctrl+Shift+I',
    togglefullscreen: mac ? 'Control+Command+F' : 'F11',
    undo: 'CommandOrControl+Z',
    unhide: undefined,
    window: undefined,
    zoom: undefined,
    zoomin: 'CommandOrControl+Plus',
    zoomout: 'CommandOrControl+-',
    appmenu: undefined,
    filemenu: undefined,
    editmenu: undefined,
    viewmenu: undefined,
    windowmenu: undefined,
    sharemenu: undefined,
    togglespellchecker: undefined,
    startspeaking: undefined,
    stopspeaking: undefined,
  }
}

export class FakeMenuItem {
  readonly id: string | undefined
  readonly label: string | undefined
  readonly role: string | undefined
  readonly type: string
  readonly accelerator: string | undefined
  readonly enabled: boolean
  readonly visible: boolean
  readonly submenu: FakeMenu | undefined

  constructor(private readonly options: MenuItemConstructorOptions) {
    const { label, role, type } = options
    if (!(typeof label === 'string' || role !== undefined || type !== undefined)) {
      throw new Error(
        'Invalid template for MenuItem: must have at least one of label, role or type',
      )
    }
    if (role !== undefined && !(role.toLowerCase() in roleAccelerators('linux'))) {
      throw new Error(`Invalid role: ${role}`)
    }
    this.id = options.id
    this.label = label
    this.role = role
    this.type = type ?? (options.submenu === undefined ? 'normal' : 'submenu')
    this.accelerator = options.accelerator
    this.enabled = options.enabled ?? true
    this.visible = options.visible ?? true
    const submenu = options.submenu
    this.submenu = Array.isArray(submenu) ? new FakeMenu(submenu) : undefined
  }

  /** What choosing the item does, when it has a handler of its own (roles are Electron's). */
  click(): void {
    this.options.click?.(this as never, undefined, {} as never)
  }

  /** The items below this one, depth first. */
  *descendants(): Generator<FakeMenuItem> {
    for (const item of this.submenu?.items ?? []) {
      yield item
      yield* item.descendants()
    }
  }
}

export class FakeMenu {
  readonly items: FakeMenuItem[]

  constructor(template: readonly MenuItemConstructorOptions[]) {
    this.items = template.map((options) => new FakeMenuItem(options))
  }

  /** Every item of the menu and its submenus, depth first. */
  *allItems(): Generator<FakeMenuItem> {
    for (const item of this.items) {
      yield item
      yield* item.descendants()
    }
  }

  getMenuItemById(id: string): FakeMenuItem | null {
    for (const item of this.allItems()) if (item.id === id) return item
    return null
  }
}

/** Electron's static Menu API, logging into the shared log when the application menu is set. */
export function createFakeMenu(log: string[]) {
  let applicationMenu: FakeMenu | null = null
  return {
    buildFromTemplate: vi.fn(
      (template: readonly MenuItemConstructorOptions[]) => new FakeMenu(template),
    ),
    setApplicationMenu: vi.fn((menu: FakeMenu | null) => {
      log.push('Menu.setApplicationMenu')
      applicationMenu = menu
    }),
    getApplicationMenu: (): FakeMenu | null => applicationMenu,
  }
}

export type FakeMenuApi = ReturnType<typeof createFakeMenu>
