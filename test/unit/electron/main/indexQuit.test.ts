// Quitting safely, through main's entry: closing the main window or quitting the app waits for
// the main window's page to flush its edits and write a last backup. Only that page's word
// counts, one question covers a close and a quit together, and with no page to wait for (none
// open, or a crashed one) nothing waits.
import { describe, expect, it, vi } from 'vitest'
import { fakeEvent } from '../fakeElectron'
import { useMainProcess, type MainFake } from './mainProcess'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as MainFake }))
vi.mock('electron', async () => (await import('./mainProcess')).electronModule(() => electron.fake))

const main = useMainProcess(electron)

const PREPARE = ['app:prepareToQuit']

describe('closing the main window', () => {
  it('waits for its page to say it is ready, then closes', async () => {
    const { window } = await main.startReady()
    const closed = vi.fn()
    window.on('closed', closed)
    window.close()
    expect(window.isDestroyed()).toBe(false)
    expect(window.webContents.send.mock.calls).toEqual([PREPARE])

    expect(await main.invoke(window.webContents, 'app:quitReady')).toEqual({
      ok: true,
      value: undefined,
    })
    expect(window.isDestroyed()).toBe(true)
    expect(closed).toHaveBeenCalledTimes(1)
  })

  it('takes no other page’s word for it, the presenter’s included', async () => {
    const { fake, window } = await main.startReady()
    const presenter = new fake.BrowserWindow({ title: 'Vantage — presenter' })
    window.close()
    await main.invoke(presenter.webContents, 'app:quitReady')
    expect(window.isDestroyed()).toBe(false)
    expect(presenter.webContents.send).not.toHaveBeenCalled()

    await main.invoke(window.webContents, 'app:quitReady')
    expect(window.isDestroyed()).toBe(true)
  })

  it('does not count a word given before anything was held', async () => {
    const { window } = await main.startReady()
    await main.invoke(window.webContents, 'app:quitReady')
    window.close()
    expect(window.isDestroyed()).toBe(false)
    expect(window.webContents.send.mock.calls).toEqual([PREPARE])
  })

  it('closes at once when its page has crashed, with nobody left to ask', async () => {
    const { window } = await main.startReady()
    window.webContents.crashed = true
    window.close()
    expect(window.isDestroyed()).toBe(true)
    expect(window.webContents.send).not.toHaveBeenCalled()
  })

  it('closes at once while its page is still loading: nothing can have been typed yet', async () => {
    const { window } = await main.startReady()
    window.webContents.loading = true
    window.close()
    expect(window.isDestroyed()).toBe(true)
    expect(window.webContents.send).not.toHaveBeenCalled()
  })

  it('closes once however often close is clicked while the page prepares, and still quits', async () => {
    const { fake, window } = await main.startReady({ platform: 'darwin' })
    window.close()
    window.close()
    fake.app.quit()
    expect(window.webContents.send.mock.calls).toEqual([PREPARE])

    expect(await main.invoke(window.webContents, 'app:quitReady')).toEqual({
      ok: true,
      value: undefined,
    })
    expect(window.isDestroyed()).toBe(true)
    expect(fake.app.hasQuit).toBe(true)
  })

  it('holds a reopened window’s close again: each window has its own guard', async () => {
    const { fake, window } = await main.startReady({ platform: 'darwin' })
    await main.closeForGood(window)
    fake.app.emit('activate')
    const reopened = await main.windowNumber(2)
    reopened.close()
    expect(reopened.isDestroyed()).toBe(false)
    expect(reopened.webContents.send.mock.calls).toEqual([PREPARE])
  })
})

describe('quitting', () => {
  it('holds before-quit until the main page is ready, then quits again', async () => {
    const { fake, window } = await main.startReady()
    const beforeQuit = fakeEvent({})
    fake.app.emit('before-quit', beforeQuit)
    expect(beforeQuit.defaultPrevented).toBe(true)
    expect(window.webContents.send.mock.calls).toEqual([PREPARE])
    expect(fake.app.quit).not.toHaveBeenCalled()

    await main.invoke(window.webContents, 'app:quitReady')
    expect(fake.app.quit).toHaveBeenCalledTimes(1)
  })

  it('goes all the way once the page is ready: the window closes and the app quits', async () => {
    const { fake, window } = await main.startReady()
    fake.app.quit()
    expect(fake.app.hasQuit).toBe(false)
    expect(window.isDestroyed()).toBe(false)

    await main.invoke(window.webContents, 'app:quitReady')
    expect(fake.app.quit).toHaveBeenCalledTimes(2)
    expect(window.isDestroyed()).toBe(true)
    expect(fake.app.hasQuit).toBe(true)
  })

  it('asks once for a close and a quit waiting together, then does both', async () => {
    const { fake, window } = await main.startReady({ platform: 'darwin' })
    window.close()
    fake.app.quit()
    expect(window.webContents.send.mock.calls).toEqual([PREPARE])

    await main.invoke(window.webContents, 'app:quitReady')
    expect(window.isDestroyed()).toBe(true)
    expect(fake.app.hasQuit).toBe(true)
  })

  it('waits for nothing with no window open', async () => {
    const { fake, window } = await main.startReady({ platform: 'darwin' })
    await main.closeForGood(window)
    const beforeQuit = fakeEvent({})
    fake.app.emit('before-quit', beforeQuit)
    expect(beforeQuit.defaultPrevented).toBe(false)
    fake.app.quit()
    expect(fake.app.hasQuit).toBe(true)
  })

  it('waits for nothing before the first window is open', async () => {
    const fake = await main.start()
    fake.app.quit()
    expect(fake.app.hasQuit).toBe(true)
  })
})
