import { describe, expect, it, vi } from 'vitest'
import { requestPersistentStorage } from '../../../../renderer/src/db'

type Storage = Parameters<typeof requestPersistentStorage>[0]

function fakeStorage(persisted: () => Promise<boolean>, persist: () => Promise<boolean>) {
  return { persisted: vi.fn(persisted), persist: vi.fn(persist) }
}

describe('requestPersistentStorage', () => {
  it('reports "persisted" without asking again when storage is already persistent', async () => {
    const storage = fakeStorage(
      async () => true,
      async () => true,
    )
    expect(await requestPersistentStorage(storage)).toBe('persisted')
    expect(storage.persist).not.toHaveBeenCalled()
  })

  it('asks once and reports "persisted" when the browser grants it', async () => {
    const storage = fakeStorage(
      async () => false,
      async () => true,
    )
    expect(await requestPersistentStorage(storage)).toBe('persisted')
    expect(storage.persist).toHaveBeenCalledTimes(1)
  })

  it('reports "best-effort" when the browser refuses', async () => {
    const storage = fakeStorage(
      async () => false,
      async () => false,
    )
    expect(await requestPersistentStorage(storage)).toBe('best-effort')
    expect(storage.persist).toHaveBeenCalledTimes(1)
  })

  it('reports "unsupported" when the storage API is missing', async () => {
    expect(await requestPersistentStorage({} as Storage)).toBe('unsupported')
    expect(
      await requestPersistentStorage({ persisted: async () => false } as unknown as Storage),
    ).toBe('unsupported')
  })

  it('reports "unsupported" when there is no navigator.storage at all', async () => {
    vi.stubGlobal('navigator', {})
    try {
      expect(await requestPersistentStorage()).toBe('unsupported')
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('uses navigator.storage by default', async () => {
    const storage = fakeStorage(
      async () => false,
      async () => true,
    )
    vi.stubGlobal('navigator', { storage })
    try {
      expect(await requestPersistentStorage()).toBe('persisted')
      expect(storage.persist).toHaveBeenCalledTimes(1)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('reports "best-effort" instead of failing when the API throws', async () => {
    const throwsOnAsk = fakeStorage(
      async () => false,
      async () => {
        throw new Error('denied')
      },
    )
    const throwsOnCheck = fakeStorage(
      () => Promise.reject(new DOMException('nope', 'SecurityError')),
      async () => true,
    )
    await expect(requestPersistentStorage(throwsOnAsk)).resolves.toBe('best-effort')
    await expect(requestPersistentStorage(throwsOnCheck)).resolves.toBe('best-effort')
  })
})
