import { describe, expect, it, vi } from 'vitest'
import type { VantageApi } from '@shared/ipc'
import { choosePlatform, PlatformError } from '../../../../renderer/src/platform'

const info = {
  name: 'Vantage',
  version: '1.2.3',
  platform: 'linux',
  dataFolder: '/home/a/.config/Vantage',
}

function fakeApi(result: Awaited<ReturnType<VantageApi['appInfo']>>): VantageApi {
  return { appInfo: vi.fn(async () => result) }
}

describe('choosePlatform', () => {
  it('uses the preload API when the desktop app provides one', async () => {
    const api = fakeApi({ ok: true, value: info })
    const platform = choosePlatform({ vantage: api }, '0.0.0')
    expect(platform.kind).toBe('desktop')
    await expect(platform.appInfo()).resolves.toEqual(info)
    expect(api.appInfo).toHaveBeenCalledTimes(1)
  })

  it('turns an error result from main into a PlatformError with its code', async () => {
    const platform = choosePlatform(
      { vantage: fakeApi({ ok: false, error: { code: 'forbidden-sender', message: 'no' } }) },
      '0.0.0',
    )
    const failure = platform.appInfo()
    await expect(failure).rejects.toBeInstanceOf(PlatformError)
    await expect(failure).rejects.toMatchObject({ code: 'forbidden-sender' })
  })

  it('falls back to the browser platform without a preload API', async () => {
    const platform = choosePlatform({}, '4.5.6')
    expect(platform.kind).toBe('browser')
    await expect(platform.appInfo()).resolves.toMatchObject({
      version: '4.5.6',
      platform: 'browser',
    })
  })
})
