/**
 * The application menu, as a template: the platform's conventions (the app menu on macOS; File,
 * Edit, View, Window, Help everywhere) and every Vantage command wired to `send`, which hands it
 * to the renderer. Pure apart from Electron's types, so every item can be checked without a menu.
 *
 * Accelerators are the in-app ones: Undo and Redo are the keys the facilitator already uses, and
 * the page sees a key before the menu does on macOS, so the two never both act on one press.
 * A bare letter (B, blank the projector) is never registered: the menu would take that letter
 * from every text field. Linux and Windows show it beside the item without registering it;
 * macOS cannot, so there the page's own B and the shortcuts list are the way to learn it.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { AppCommand, MenuState } from '../../shared/ipc/events'

export interface MenuTemplateOptions {
  platform: NodeJS.Platform
  /** What applies now: a workshop to save, something to undo. */
  state: MenuState
  /** A packaged app hides the developer tools. */
  isPackaged: boolean
  send(command: AppCommand): void
}

/** The items' labels: in English, as main has no translations of its own yet. */
export const MENU_LABELS = {
  file: 'File',
  edit: 'Edit',
  view: 'View',
  window: 'Window',
  help: 'Help',
  newWorkshop: 'New workshop',
  openSession: 'Open…',
  openRecent: 'Open recent',
  saveSession: 'Save as…',
  exportPdf: 'Export PDF…',
  exportRatingsCsv: 'Export ratings CSV…',
  exportBetsCsv: 'Export bets CSV…',
  backups: 'Backups',
  templateLibrary: 'Template library',
  importTemplate: 'Import template…',
  undo: 'Undo',
  redo: 'Redo',
  showPresenter: 'Show presenter view',
  closePresenter: 'Close presenter view',
  blankProjector: 'Blank the projector',
  shortcuts: 'Keyboard shortcuts',
  about: 'About Vantage',
} as const

type Item = MenuItemConstructorOptions

export function appMenuTemplate(options: MenuTemplateOptions): Item[] {
  const { platform, state, send } = options
  const mac = platform === 'darwin'
  const command = (id: AppCommand, label: string, more: Partial<Item> = {}): Item => ({
    id,
    label,
    click: () => send(id),
    ...more,
  })
  const inWorkshop = { enabled: state.workshopOpen }

  const appMenu: Item = {
    label: 'Vantage',
    submenu: [
      command('about', MENU_LABELS.about),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  }

  const fileMenu: Item = {
    label: MENU_LABELS.file,
    submenu: [
      command('newWorkshop', MENU_LABELS.newWorkshop, { accelerator: 'CmdOrCtrl+N' }),
      command('openSession', MENU_LABELS.openSession, { accelerator: 'CmdOrCtrl+O' }),
      ...(mac
        ? [
            {
              label: MENU_LABELS.openRecent,
              role: 'recentDocuments',
              submenu: [{ role: 'clearRecentDocuments' }],
            } satisfies Item,
          ]
        : []),
      { type: 'separator' },
      command('saveSession', MENU_LABELS.saveSession, {
        accelerator: 'CmdOrCtrl+Shift+S',
        ...inWorkshop,
      }),
      command('exportPdf', MENU_LABELS.exportPdf, { accelerator: 'CmdOrCtrl+P', ...inWorkshop }),
      command('exportRatingsCsv', MENU_LABELS.exportRatingsCsv, inWorkshop),
      command('exportBetsCsv', MENU_LABELS.exportBetsCsv, inWorkshop),
      { type: 'separator' },
      command('templateLibrary', MENU_LABELS.templateLibrary),
      command('importTemplate', MENU_LABELS.importTemplate),
      { type: 'separator' },
      command('backups', MENU_LABELS.backups),
      { type: 'separator' },
      // macOS closes a window from File (⌘W); elsewhere File ends with Quit.
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  }

  const editMenu: Item = {
    label: MENU_LABELS.edit,
    submenu: [
      command('undo', MENU_LABELS.undo, { accelerator: 'CmdOrCtrl+Z', enabled: state.canUndo }),
      command('redo', MENU_LABELS.redo, {
        accelerator: 'CmdOrCtrl+Shift+Z',
        enabled: state.canRedo,
      }),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  }

  const viewMenu: Item = {
    label: MENU_LABELS.view,
    submenu: [
      command(
        'togglePresenter',
        state.presenterOpen ? MENU_LABELS.closePresenter : MENU_LABELS.showPresenter,
        { accelerator: 'CmdOrCtrl+Shift+P', ...inWorkshop },
      ),
      command('toggleBlank', MENU_LABELS.blankProjector, {
        type: 'checkbox',
        checked: state.presenterBlank,
        enabled: state.workshopOpen && state.presenterOpen,
        ...(mac ? {} : { accelerator: 'B', registerAccelerator: false }),
      }),
      { type: 'separator' },
      { role: 'togglefullscreen' },
      { type: 'separator' },
      // A projector in a bright room often needs everything a size larger.
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      ...(options.isPackaged
        ? []
        : [
            { type: 'separator' } satisfies Item,
            { role: 'reload' } satisfies Item,
            { role: 'toggleDevTools' } satisfies Item,
          ]),
    ],
  }

  const windowMenu: Item = {
    label: MENU_LABELS.window,
    role: 'windowMenu',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  }

  const helpMenu: Item = {
    label: MENU_LABELS.help,
    role: 'help',
    submenu: [
      command('shortcuts', MENU_LABELS.shortcuts, { accelerator: 'CmdOrCtrl+/' }),
      ...(mac ? [] : [{ type: 'separator' } satisfies Item, command('about', MENU_LABELS.about)]),
    ],
  }

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
}
