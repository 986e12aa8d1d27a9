// Session and web-contents hardening: every permission, foreign request, navigation, window
// and webview the renderer could ask for is refused.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeElectron, FakeWebContents, type FakeElectron } from '../fakeElectron'
import type * as SecurityModule from '../../../../electron/main/security'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectron }))
vi.mock('electron', () => ({
  get app() {
    return electron.fake.app
  },
  get shell() {
    return electron.fake.shell
  },
}))

const APP_ONLY = ['app://vantage']
const WITH_DEV = ['app://vantage', 'http://localhost:5173']

let security: typeof SecurityModule

beforeEach(async () => {
  electron.fake = createFakeElectron()
  vi.resetModules()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  security = await import('../../../../electron/main/security')
})

function hardenedSession(origins = APP_ONLY) {
  const session = electron.fake.session.defaultSession
  security.hardenSession(session as never, origins)
  return session
}

function hardenedContents(origins = APP_ONLY) {
  const contents = new FakeWebContents()
  security.hardenWebContents(contents as never, origins)
  return contents
}

describe('hardenSession', () => {
  it('denies every permission request', async () => {
    const session = hardenedSession()
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'unknown']) {
      expect(await session.requestPermission(permission), permission).toBe(false)
    }
  })

  it('answers every permission check with no', () => {
    const session = hardenedSession()
    for (const permission of ['clipboard-read', 'hid', 'serial', 'usb', 'media']) {
      expect(session.checkPermission(permission), permission).toBe(false)
    }
  })

  it('lets app:, devtools: and local data through, and blocks the network', () => {
    const session = hardenedSession()
    expect(session.allowsRequest('app://vantage/index.html')).toBe(true)
    expect(session.allowsRequest('devtools://devtools/bundled/inspector.html')).toBe(true)
    expect(session.allowsRequest('data:image/png;base64,AAAA')).toBe(true)
    expect(session.allowsRequest('blob:app://vantage/0f5e')).toBe(true)
    expect(session.allowsRequest('app://other/index.html')).toBe(false)
    expect(session.allowsRequest('https://example.com/tracker.js')).toBe(false)
    expect(session.allowsRequest('http://localhost:5173/src/main.tsx')).toBe(false)
    expect(session.allowsRequest('file:///etc/passwd')).toBe(false)
    expect(session.allowsRequest('ws://localhost:5173/')).toBe(false)
  })

  it('lets the dev server and its hot-reload socket through only when it is trusted', () => {
    const session = hardenedSession(WITH_DEV)
    expect(session.allowsRequest('http://localhost:5173/src/main.tsx')).toBe(true)
    expect(session.allowsRequest('ws://localhost:5173/?token=x')).toBe(true)
    expect(session.allowsRequest('http://localhost:5174/')).toBe(false)
    expect(session.allowsRequest('https://example.com/')).toBe(false)
  })
})

describe('hardenWebContents', () => {
  it('prevents navigation to another origin', () => {
    const contents = hardenedContents()
    expect(contents.navigate('https://example.com/')).toBe(true)
    expect(contents.navigate('app://elsewhere/index.html')).toBe(true)
    expect(contents.navigate('file:///etc/passwd')).toBe(true)
    expect(contents.navigate('javascript:alert(1)')).toBe(true)
    expect(contents.navigate('http://localhost:5173/')).toBe(true)
  })

  it('allows navigation within the app origin', () => {
    const contents = hardenedContents()
    expect(contents.navigate('app://vantage/index.html')).toBe(false)
    expect(contents.navigate('app://vantage/index.html#/present/1')).toBe(false)
  })

  it('allows the dev server origin when it is trusted', () => {
    const contents = hardenedContents(WITH_DEV)
    expect(contents.navigate('http://localhost:5173/')).toBe(false)
    expect(contents.navigate('http://localhost:5174/')).toBe(true)
  })

  it('denies every new window and sends https links to the browser', () => {
    const contents = hardenedContents()
    expect(contents.openWindow('https://example.com/guide')).toEqual({ action: 'deny' })
    expect(contents.openWindow('http://example.com/')).toEqual({ action: 'deny' })
    expect(electron.fake.shell.openExternal.mock.calls).toEqual([['https://example.com/guide']])
  })

  it('never hands other schemes to the OS', () => {
    const contents = hardenedContents()
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://vantage/index.html',
      'smb://server/share',
      'not a url',
    ]) {
      expect(contents.openWindow(url), url).toEqual({ action: 'deny' })
    }
    expect(electron.fake.shell.openExternal).not.toHaveBeenCalled()
  })

  it('prevents attaching webviews', () => {
    expect(hardenedContents().attachWebview()).toBe(true)
  })
})

describe('hardenAllWebContents', () => {
  it('hardens every web contents Electron creates', () => {
    security.hardenAllWebContents(APP_ONLY)
    const contents = new FakeWebContents()
    electron.fake.app.emit('web-contents-created', {}, contents)
    expect(contents.navigate('https://example.com/')).toBe(true)
    expect(contents.openWindow('https://example.com/')).toEqual({ action: 'deny' })
    expect(contents.attachWebview()).toBe(true)
  })
})
