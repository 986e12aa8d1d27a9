// Which origins may call IPC: app:// always, the dev server only in an unpackaged dev run.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeElectron, type FakeElectron } from '../fakeElectron'
import type * as TrustedOriginsModule from '../../../../electron/main/trustedOrigins'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectron }))
vi.mock('electron', () => ({
  get app() {
    return electron.fake.app
  },
}))

let origins: typeof TrustedOriginsModule

beforeEach(async () => {
  electron.fake = createFakeElectron()
  vi.resetModules()
  origins = await import('../../../../electron/main/trustedOrigins')
})

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('trustedOrigins', () => {
  it('is only the app origin without a dev server', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', '')
    expect(origins.trustedOrigins()).toEqual(['app://vantage'])
    expect(origins.devServerUrl()).toBeNull()
  })

  it('adds the dev server origin in an unpackaged run', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/')
    expect(origins.trustedOrigins()).toEqual(['app://vantage', 'http://localhost:5173'])
  })

  it('never trusts a dev server once packaged', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    electron.fake.app.isPackaged = true
    expect(origins.trustedOrigins()).toEqual(['app://vantage'])
    expect(origins.devServerUrl()).toBeNull()
  })
})
