// The application menu through main's entry: installed once the app is ready, built for the
// platform, its commands sent to the main window's page, and greyed out as that page reports
// over menu:setState.
import { describe, expect, it, vi } from 'vitest'
import { CLOSED_MENU_STATE } from '../../../../shared/ipc/events'
import { useMainProcess, type MainFake } from './mainProcess'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as MainFake }))
vi.mock('electron', async () => (await import('./mainProcess')).electronModule(() => electron.fake))

const main = useMainProcess(electron)

const labels = (fake: MainFake) =>
  fake.Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []
const roles = (fake: MainFake) =>
  [...(fake.Menu.getApplicationMenu()?.allItems() ?? [])].map((item) => item.role)

describe('the application menu', () => {
  it('is installed once the app is ready, not before', async () => {
    const fake = await main.start({ platform: 'linux' })
    expect(fake.Menu.getApplicationMenu()).toBeNull()
    await fake.app.makeReady()
    expect(labels(fake)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1)
  })

  it('has the app menu first on macOS', async () => {
    const { fake } = await main.startReady({ platform: 'darwin' })
    expect(labels(fake)[0]).toBe('Vantage')
  })

  it('keeps the developer tools out of a packaged app', async () => {
    electron.fake.app.isPackaged = true
    const { fake } = await main.startReady()
    expect(roles(fake)).not.toContain('toggleDevTools')
  })

  it('offers the developer tools in a development run', async () => {
    const { fake } = await main.startReady()
    expect(roles(fake)).toContain('toggleDevTools')
  })

  it('sends a chosen command to the main window’s page, and to no other', async () => {
    const { fake, window } = await main.startReady()
    const presenter = new fake.BrowserWindow({ title: 'Vantage — presenter' })
    main.menuItem('newWorkshop').click()
    main.menuItem('shortcuts').click()
    main.menuItem('importTemplate').click()
    main.menuItem('templateLibrary').click()
    expect(window.webContents.send.mock.calls).toEqual([
      ['menu:command', 'newWorkshop'],
      ['menu:command', 'shortcuts'],
      ['menu:command', 'importTemplate'],
      ['menu:command', 'templateLibrary'],
    ])
    expect(presenter.webContents.send).not.toHaveBeenCalled()
  })

  it('brings a window back when a command is chosen with none open', async () => {
    const { fake, window } = await main.startReady({ platform: 'darwin' })
    await main.closeForGood(window)
    window.webContents.send.mockClear()
    main.menuItem('openSession').click()
    await main.windowNumber(2)
    expect(fake.BrowserWindow.getAllWindows()).toHaveLength(1)
    expect(window.webContents.send).not.toHaveBeenCalled()
  })
})

describe('menu:setState', () => {
  it('greys out what needs a workshop or a history until the page says otherwise', async () => {
    const { fake, window } = await main.startReady()
    const enabled = (id: string) => main.menuItem(id).enabled
    expect([enabled('saveSession'), enabled('undo'), enabled('openSession')]).toEqual([
      false,
      false,
      true,
    ])

    const state = {
      workshopOpen: true,
      canUndo: true,
      canRedo: false,
      presenterOpen: true,
      presenterBlank: false,
    }
    expect(await main.invoke(window.webContents, 'menu:setState', state)).toEqual({
      ok: true,
      value: undefined,
    })
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(2)
    expect(['saveSession', 'exportPdf', 'undo', 'redo'].map(enabled)).toEqual([
      true,
      true,
      true,
      false,
    ])
    expect(main.menuItem('togglePresenter').label).toBe('Close presenter view')

    // The same state again leaves the menu as it is.
    await main.invoke(window.webContents, 'menu:setState', { ...state })
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(2)
  })

  it('takes the state from the main window’s page only, not the presenter’s', async () => {
    const { fake } = await main.startReady()
    const presenter = new fake.BrowserWindow({ title: 'Vantage — presenter' })
    const state = {
      workshopOpen: true,
      canUndo: true,
      canRedo: true,
      presenterOpen: true,
      presenterBlank: false,
    }
    await main.invoke(presenter.webContents, 'menu:setState', state)
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1)
    expect(main.menuItem('saveSession').enabled).toBe(false)
  })

  it('leaves the menu as it was when the state is not one the contract allows', async () => {
    const { fake, window } = await main.startReady()
    const result = await main.invoke(window.webContents, 'menu:setState', {
      ...CLOSED_MENU_STATE,
      workshopOpen: 'yes',
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } })
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1)
    expect(main.menuItem('saveSession').enabled).toBe(false)
  })
})

describe('app:setLanguage', () => {
  it('starts in the system’s language and then speaks the one the page chose', async () => {
    const fake = await main.start({ platform: 'win32' })
    fake.app.locale = 'fr-CA'
    await fake.app.makeReady()
    expect(labels(fake)).toEqual(['Fichier', 'Édition', 'Présentation', 'Fenêtre', 'Aide'])
    const window = await main.windowNumber(1)
    expect(await main.invoke(window.webContents, 'app:setLanguage', { language: 'de' })).toEqual({
      ok: true,
      value: undefined,
    })
    expect(labels(fake)).toEqual(['Datei', 'Bearbeiten', 'Darstellung', 'Fenster', 'Hilfe'])
  })

  it('takes the language from the main window’s page only, and only one it speaks', async () => {
    const { fake, window } = await main.startReady({ platform: 'linux' })
    const presenter = new fake.BrowserWindow({ title: 'Vantage — presenter' })
    await main.invoke(presenter.webContents, 'app:setLanguage', { language: 'de' })
    expect(labels(fake)[0]).toBe('File')
    const refused = await main.invoke(window.webContents, 'app:setLanguage', { language: 'nl' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } })
    expect(labels(fake)[0]).toBe('File')
  })
})
