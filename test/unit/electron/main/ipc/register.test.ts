// The IPC door: sender origin first, then arguments, then the handler, all answered as results.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ipcContract } from '../../../../../shared/ipc/contract'
import { registerIpcMethod } from '../../../../../electron/main/ipc/register'

const TRUSTED = ['app://vantage']
const INFO = { name: 'Vantage', version: '1.0.0', platform: 'linux', dataFolder: '/data' }

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>

function register(handler = vi.fn(async () => INFO)) {
  const listeners = new Map<string, Listener>()
  const ipcMain = {
    handle: (channel: string, listener: Listener) => listeners.set(channel, listener),
  }
  registerIpcMethod(ipcMain as never, 'appInfo', handler, TRUSTED)
  const listener = listeners.get(ipcContract.appInfo.channel)
  if (listener === undefined) throw new Error('appInfo was not registered on its channel')
  return { handler, call: listener }
}

const from = (url: string) => ({ senderFrame: { url } })

afterEach(() => {
  vi.restoreAllMocks()
})

describe('registerIpcMethod', () => {
  it("registers on the contract's channel and answers a trusted, valid call with ok", async () => {
    const { handler, call } = register()
    const event = from('app://vantage/index.html#/workshops')
    expect(await call(event)).toEqual({ ok: true, value: INFO })
    expect(handler).toHaveBeenCalledWith(event)
  })

  it('rejects a sender from another origin without calling the handler', async () => {
    const { handler, call } = register()
    for (const url of [
      'https://example.com/',
      'app://elsewhere/index.html',
      'http://localhost:5173/',
      'file:///home/ada/index.html',
      '',
    ]) {
      const result = await call(from(url))
      expect(result, url).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    }
    expect(handler).not.toHaveBeenCalled()
  })

  it('rejects a call whose sender frame is gone', async () => {
    const { handler, call } = register()
    expect(await call({ senderFrame: null })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    })
    const disposed = {
      get senderFrame() {
        return {
          get url(): string {
            throw new Error('Render frame was disposed before WebFrameMain could be accessed')
          },
        }
      },
    }
    expect(await call(disposed)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    expect(handler).not.toHaveBeenCalled()
  })

  it('rejects arguments the contract does not allow, saying why, without calling the handler', async () => {
    const { handler, call } = register()
    const result = await call(from('app://vantage/index.html'), 'unexpected')
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } })
    expect((result as { error: { message: string } }).error.message).toMatch(/app:info: .+/)
    expect(handler).not.toHaveBeenCalled()
  })

  it('turns a thrown error into a failed result and logs it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { call } = register(
      vi.fn(async (): Promise<typeof INFO> => {
        throw new Error('disk full')
      }),
    )
    expect(await call(from('app://vantage/index.html'))).toEqual({
      ok: false,
      error: { code: 'failed', message: 'disk full', problem: { code: 'unexpected' } },
    })
    expect(log).toHaveBeenCalled()
  })
})
