import { describe, expect, it } from 'vitest'
import { createSaveStatusStore, saveStateOf } from '../../../../renderer/src/store/saveStatusStore'

function deferred<T = void>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('saveStatusStore', () => {
  it('starts saved', () => {
    const { store } = createSaveStatusStore()
    expect(saveStateOf(store.getState())).toBe('saved')
  })

  it('is saving while a write is pending and saved once it finished, passing the result on', async () => {
    const { store, track } = createSaveStatusStore()
    const write = deferred<string>()

    const tracked = track(() => write.promise)
    expect(saveStateOf(store.getState())).toBe('saving')

    write.resolve('done')
    await expect(tracked).resolves.toBe('done')
    expect(saveStateOf(store.getState())).toBe('saved')
  })

  it('stays saving until every overlapping write has finished', async () => {
    const { store, track } = createSaveStatusStore()
    const first = deferred()
    const second = deferred()

    const a = track(() => first.promise)
    const b = track(() => second.promise)
    first.resolve()
    await a
    expect(saveStateOf(store.getState())).toBe('saving')

    second.resolve()
    await b
    expect(saveStateOf(store.getState())).toBe('saved')
  })

  it('is failed after a rejected write, and the error still reaches the caller', async () => {
    const { store, track } = createSaveStatusStore()
    const error = new Error('QuotaExceededError')

    await expect(track(() => Promise.reject(error))).rejects.toBe(error)
    expect(saveStateOf(store.getState())).toBe('failed')
    expect(store.getState().pending).toBe(0)
  })

  it('counts a write that throws synchronously as failed too', async () => {
    const { store, track } = createSaveStatusStore()
    await expect(
      track(() => {
        throw new Error('sync')
      }),
    ).rejects.toThrow('sync')
    expect(saveStateOf(store.getState())).toBe('failed')
  })

  it('goes back to saved after a later write succeeds', async () => {
    const { store, track } = createSaveStatusStore()
    await track(() => Promise.reject(new Error('once'))).catch(() => {})
    expect(saveStateOf(store.getState())).toBe('failed')

    const retry = deferred()
    const tracked = track(() => retry.promise)
    expect(saveStateOf(store.getState())).toBe('saving')
    retry.resolve()
    await tracked
    expect(saveStateOf(store.getState())).toBe('saved')
  })

  it('says refused while the disk refuses, over the writes still waiting, until it takes them', async () => {
    const { store, track, setRefusal } = createSaveStatusStore()
    const kept = deferred()
    const tracked = track(() => kept.promise)
    setRefusal('full')
    expect(saveStateOf(store.getState())).toBe('refused')
    setRefusal(null)
    expect(saveStateOf(store.getState())).toBe('saving')
    kept.resolve()
    await tracked
    expect(saveStateOf(store.getState())).toBe('saved')
  })

  it('lets whoever waits for the writes go on once the disk refuses them', async () => {
    const { track, setRefusal, settled } = createSaveStatusStore()
    const kept = deferred()
    void track(() => kept.promise)
    let done = false
    const waiting = settled().then(() => (done = true))
    await Promise.resolve()
    expect(done).toBe(false)
    setRefusal('unavailable')
    await waiting
    expect(done).toBe(true)
    kept.resolve()
  })
})
