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
import type { MainText } from './locales/mainText'

export interface MenuTemplateOptions {
  platform: NodeJS.Platform
  /** What applies now: a workshop to save, something to undo. */
  state: MenuState
  /** A packaged app hides the developer tools. */
  isPackaged: boolean
  /** The menu's words, in the facilitator's language. */
  labels: MainText['menu']
  send(command: AppCommand): void
}

type Item = MenuItemConstructorOptions

export function appMenuTemplate(options: MenuTemplateOptions): Item[] {
  const { platform, state, send, labels } = options
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
      command('about', labels.about),
      { type: 'separator' },
      { role: 'services', label: labels.services },
      { type: 'separator' },
      { role: 'hide', label: labels.hide },
      { role: 'hideOthers', label: labels.hideOthers },
      { role: 'unhide', label: labels.unhide },
      { type: 'separator' },
      { role: 'quit', label: labels.quit },
    ],
  }

  const fileMenu: Item = {
    label: labels.file,
    submenu: [
      command('newWorkshop', labels.newWorkshop, { accelerator: 'CmdOrCtrl+N' }),
      command('openSession', labels.openSession, { accelerator: 'CmdOrCtrl+O' }),
      ...(mac
        ? [
            {
              label: labels.openRecent,
              role: 'recentDocuments',
              submenu: [{ role: 'clearRecentDocuments', label: labels.clearRecent }],
            } satisfies Item,
          ]
        : []),
      { type: 'separator' },
      command('saveSession', labels.saveSession, {
        accelerator: 'CmdOrCtrl+Shift+S',
        ...inWorkshop,
      }),
      command('exportPdf', labels.exportPdf, { accelerator: 'CmdOrCtrl+P', ...inWorkshop }),
      command('exportRatingsCsv', labels.exportRatingsCsv, inWorkshop),
      command('exportBetsCsv', labels.exportBetsCsv, inWorkshop),
      { type: 'separator' },
      command('templateLibrary', labels.templateLibrary),
      command('importTemplate', labels.importTemplate),
      { type: 'separator' },
      command('backups', labels.backups),
      { type: 'separator' },
      // macOS closes a window from File (⌘W); elsewhere File ends with Quit.
      mac ? { role: 'close', label: labels.closeWindow } : { role: 'quit', label: labels.quit },
    ],
  }

  const editMenu: Item = {
    label: labels.edit,
    submenu: [
      command('undo', labels.undo, { accelerator: 'CmdOrCtrl+Z', enabled: state.canUndo }),
      command('redo', labels.redo, {
        accelerator: 'CmdOrCtrl+Shift+Z',
        enabled: state.canRedo,
      }),
      { type: 'separator' },
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      { role: 'selectAll', label: labels.selectAll },
    ],
  }

  const viewMenu: Item = {
    label: labels.view,
    submenu: [
      command(
        'togglePresenter',
        state.presenterOpen ? labels.closePresenter : labels.showPresenter,
        { accelerator: 'CmdOrCtrl+Shift+P', ...inWorkshop },
      ),
      command('toggleBlank', labels.blankProjector, {
        type: 'checkbox',
        checked: state.presenterBlank,
        enabled: state.workshopOpen && state.presenterOpen,
        ...(mac ? {} : { accelerator: 'B', registerAccelerator: false }),
      }),
      { type: 'separator' },
      { role: 'togglefullscreen', label: labels.fullScreen },
      { type: 'separator' },
      // A projector in a bright room often needs everything a size larger.
      { role: 'zoomIn', label: labels.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut },
      { role: 'resetZoom', label: labels.resetZoom },
      ...(options.isPackaged
        ? []
        : [
            { type: 'separator' } satisfies Item,
            { role: 'reload', label: labels.reload } satisfies Item,
            { role: 'toggleDevTools', label: labels.devTools } satisfies Item,
          ]),
    ],
  }

  const windowMenu: Item = {
    label: labels.window,
    role: 'windowMenu',
    submenu: mac
      ? [
          { role: 'minimize', label: labels.minimize },
          { role: 'zoom', label: labels.zoom },
          { type: 'separator' },
          { role: 'front', label: labels.front },
        ]
      : [
          { role: 'minimize', label: labels.minimize },
          { role: 'close', label: labels.closeWindow },
        ],
  }

  const helpMenu: Item = {
    label: labels.help,
    role: 'help',
    submenu: [
      command('shortcuts', labels.shortcuts, { accelerator: 'CmdOrCtrl+/' }),
      ...(mac ? [] : [{ type: 'separator' } satisfies Item, command('about', labels.about)]),
    ],
  }

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
}
