// Quitting safely: a close or quit is held until the renderer says its edits are flushed and
// backed up, the renderer is asked once however many steps wait, each held step then goes on
// once and in order, and a time limit makes sure a renderer that never answers cannot keep the
// app open.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createQuitGuard, QUIT_PREPARE_TIMEOUT_MS } from '../../../../electron/main/quitGuard'
import { fakeEvent } from '../fakeElectron'

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

/** A guard whose every step is written to one log, so their order shows. */
function guarded(options: { rendererThere?: boolean; timeoutMs?: number } = {}) {
  const log: string[] = []
  const askRenderer = vi.fn(() => {
    log.push('ask renderer')
    return options.rendererThere ?? true
  })
  const warn = vi.fn((message: string) => log.push(`warn: ${message}`))
  const guard = createQuitGuard({ askRenderer, warn, timeoutMs: options.timeoutMs })
  const step = (name: string) => () => log.push(name)
  return { guard, log, askRenderer, warn, step }
}

describe('createQuitGuard', () => {
  it('holds a close, asks the renderer, and lets it go on only once the renderer is ready', () => {
    const { guard, log, step } = guarded()
    const close = fakeEvent({})
    guard.hold(close, step('close window'))
    expect(close.defaultPrevented).toBe(true)
    expect(guard.phase).toBe('preparing')
    expect(log).toEqual(['ask renderer'])

    guard.rendererReady()
    expect(log).toEqual(['ask renderer', 'close window'])
    expect(guard.phase).toBe('ready')
  })

  it('asks the renderer once for a close and a quit held together, then lets each go on once, in order', () => {
    const { guard, log, askRenderer, step } = guarded()
    const close = fakeEvent({})
    const beforeQuit = fakeEvent({})
    guard.hold(close, step('close window'))
    guard.hold(beforeQuit, step('quit'))
    expect([close.defaultPrevented, beforeQuit.defaultPrevented]).toEqual([true, true])
    expect(askRenderer).toHaveBeenCalledTimes(1)

    guard.rendererReady()
    guard.rendererReady()
    expect(log).toEqual(['ask renderer', 'close window', 'quit'])
  })

  it('lets a close or quit held after the renderer was ready pass at once, untouched', () => {
    const { guard, log, step } = guarded()
    guard.hold(fakeEvent({}), step('close window'))
    guard.rendererReady()
    const again = fakeEvent({})
    guard.hold(again, step('quit'))
    expect(again.defaultPrevented).toBe(false)
    // The event goes on by itself; the step is Electron's own, not replayed.
    expect(log).toEqual(['ask renderer', 'close window'])
  })

  it('waits for the renderer as long as the time limit allows, and no longer', async () => {
    const { guard, log, warn, step } = guarded()
    guard.hold(fakeEvent({}), step('quit'))
    await vi.advanceTimersByTimeAsync(QUIT_PREPARE_TIMEOUT_MS - 1)
    expect(log).toEqual(['ask renderer'])
    expect(guard.phase).toBe('preparing')

    await vi.advanceTimersByTimeAsync(1)
    expect(log).toEqual([
      'ask renderer',
      `warn: Vantage quit without the renderer's word after ${QUIT_PREPARE_TIMEOUT_MS} ms.`,
      'quit',
    ])
    expect(warn).toHaveBeenCalledTimes(1)
    expect(guard.phase).toBe('ready')
  })

  it('gives a late word from the renderer nothing to replay', async () => {
    const { guard, log, step } = guarded({ timeoutMs: 200 })
    guard.hold(fakeEvent({}), step('quit'))
    await vi.advanceTimersByTimeAsync(200)
    guard.rendererReady()
    expect(log.filter((entry) => entry === 'quit')).toHaveLength(1)
  })

  it('stops the clock once the renderer is ready: no warning, nothing replayed', async () => {
    const { guard, log, warn, step } = guarded()
    guard.hold(fakeEvent({}), step('quit'))
    guard.rendererReady()
    await vi.runAllTimersAsync()
    expect(warn).not.toHaveBeenCalled()
    expect(log).toEqual(['ask renderer', 'quit'])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('lets go at once when there is no renderer left to ask', async () => {
    const { guard, log, warn, step } = guarded({ rendererThere: false })
    const close = fakeEvent({})
    guard.hold(close, step('close window'))
    // Prevented and replayed at once: the close still happens, through the step.
    expect(close.defaultPrevented).toBe(true)
    expect(log).toEqual(['ask renderer', 'close window'])
    expect(guard.phase).toBe('ready')
    await vi.runAllTimersAsync()
    expect(warn).not.toHaveBeenCalled()
  })

  it('ignores a renderer that says ready before anything was held', () => {
    const { guard, log, askRenderer, step } = guarded()
    guard.rendererReady()
    expect(guard.phase).toBe('open')
    const close = fakeEvent({})
    guard.hold(close, step('close window'))
    expect(close.defaultPrevented).toBe(true)
    expect(askRenderer).toHaveBeenCalledTimes(1)
    expect(log).toEqual(['ask renderer'])
  })

  it('waits ten seconds by default, then says so in the log', async () => {
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const quit = vi.fn()
    const guard = createQuitGuard({ askRenderer: () => true })
    guard.hold(fakeEvent({}), quit)
    await vi.advanceTimersByTimeAsync(9_999)
    expect(quit).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(quit).toHaveBeenCalledTimes(1)
    expect(consoleWarn).toHaveBeenCalledWith(
      "Vantage quit without the renderer's word after 10000 ms.",
    )
    consoleWarn.mockRestore()
  })
})
