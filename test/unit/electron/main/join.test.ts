// Main's joining glue: the room's events go to the facilitator's window, the phone page is the
// one built beside the renderer, and quitting the app stops the server.
import path from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as JoinModule from '../../../../electron/main/join'
import type { JoinService } from '../../../../electron/main/services/join'
import type { JoinEvent } from '../../../../shared/join/host'
import { createFakeElectron, type FakeElectron } from '../fakeElectron'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectron }))
vi.mock('electron', async () =>
  (await import('../fakeElectronModule')).electronModule(() => electron.fake),
)

let join: typeof JoinModule

beforeEach(async () => {
  electron.fake = createFakeElectron()
  vi.resetModules()
  join = await import('../../../../electron/main/join')
})

function fakeService() {
  const listeners = new Set<(event: JoinEvent) => void>()
  return {
    adapters: vi.fn(() => []),
    start: vi.fn(),
    stop: vi.fn(async () => {}),
    status: vi.fn(),
    setViews: vi.fn(),
    subscribe: vi.fn((listener: (event: JoinEvent) => void) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    }),
    fire: (event: JoinEvent) => listeners.forEach((listener) => listener(event)),
  } satisfies JoinService & { fire: unknown }
}

describe('installJoining', () => {
  it('sends every event of the room on, and stops the server when the app quits', async () => {
    const service = fakeService()
    const sent: JoinEvent[] = []
    join.installJoining(electron.fake.app as never, (event) => sent.push(event), service)
    service.fire({ kind: 'refused', count: 1 })
    expect(sent).toEqual([{ kind: 'refused', count: 1 }])
    expect(service.stop).not.toHaveBeenCalled()
    electron.fake.app.quit()
    expect(service.stop).toHaveBeenCalledTimes(1)
  })

  it('serves the phone page built into the renderer folder', () => {
    expect(join.phoneDir.split(path.sep).slice(-2)).toEqual(['renderer', 'phone'])
  })
})
