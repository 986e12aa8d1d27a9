// Every contract method has a handler in main, registered on its own channel.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ipcContract } from '../../../../../shared/ipc/contract'
import { createFakeElectron, type FakeElectron } from '../../fakeElectron'
import type * as HandlersModule from '../../../../../electron/main/ipc/handlers'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectron }))
vi.mock('electron', () => ({
  get app() {
    return electron.fake.app
  },
}))

let handlersModule: typeof HandlersModule

beforeEach(async () => {
  electron.fake = createFakeElectron()
  vi.resetModules()
  handlersModule = await import('../../../../../electron/main/ipc/handlers')
})

const trustedCall = { senderFrame: { url: 'app://vantage/index.html' } }

describe('registerIpcHandlers', () => {
  it('registers exactly the channels of the contract', () => {
    const { ipcMain } = electron.fake
    handlersModule.registerIpcHandlers(ipcMain as never, ['app://vantage'])
    const channels = Object.values(ipcContract).map((entry) => entry.channel)
    expect([...ipcMain.handlers.keys()].sort()).toEqual(channels.sort())
  })

  it('has a handler for every contract method and nothing more', () => {
    expect(Object.keys(handlersModule.createIpcHandlers()).sort()).toEqual(
      Object.keys(ipcContract).sort(),
    )
  })

  it('answers appInfo with the name, version, platform and data folder', async () => {
    const { app, ipcMain } = electron.fake
    app.setName('Vantage')
    app.setPath('userData', '/home/ada/.config/Vantage')
    handlersModule.registerIpcHandlers(ipcMain as never, ['app://vantage'])
    const appInfo = ipcMain.handlers.get('app:info')
    expect(await appInfo?.(trustedCall)).toEqual({
      ok: true,
      value: {
        name: 'Vantage',
        version: '0.1.0',
        platform: process.platform,
        dataFolder: '/home/ada/.config/Vantage',
      },
    })
  })

  it('guards the registered handlers with the trusted origins it was given', async () => {
    const { ipcMain } = electron.fake
    handlersModule.registerIpcHandlers(ipcMain as never, ['app://vantage'])
    const appInfo = ipcMain.handlers.get('app:info')
    expect(await appInfo?.({ senderFrame: { url: 'https://example.com/' } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    })
  })
})
