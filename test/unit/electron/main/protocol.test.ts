// The app:// scheme: privileged before ready, and serving the built renderer with its CSP.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../../shared/security/csp'
import { createFakeElectron, type FakeElectron } from '../fakeElectron'
import type * as ProtocolModule from '../../../../electron/main/protocol'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectron }))
vi.mock('electron', () => ({
  get protocol() {
    return electron.fake.protocol
  },
}))

let root: string
let protocolModule: typeof ProtocolModule

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'vantage-protocol-'))
  await mkdir(path.join(root, 'assets'))
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Vantage</title>')
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log("vantage")')
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

beforeEach(async () => {
  electron.fake = createFakeElectron()
  vi.resetModules()
  protocolModule = await import('../../../../electron/main/protocol')
})

async function registeredHandler() {
  await electron.fake.app.makeReady()
  protocolModule.registerAppProtocol(root)
  const handler = electron.fake.protocol.handlers.get('app')
  if (handler === undefined) throw new Error('app: was not handled')
  // A bare request object: undici's Request would fold `%2e%2e` first, hiding what the handler
  // itself does with a URL as written.
  return (url: string, method = 'GET') => handler({ url, method } as Request)
}

describe('registerAppScheme', () => {
  it('makes app: a standard, secure, fetchable, streaming scheme without CORS', () => {
    protocolModule.registerAppScheme()
    expect(electron.fake.protocol.privileged).toEqual([
      {
        scheme: 'app',
        privileges: {
          standard: true,
          secure: true,
          supportFetchAPI: true,
          corsEnabled: false,
          stream: true,
        },
      },
    ])
  })
})

describe('the app: protocol handler', () => {
  it('is registered for the app scheme', async () => {
    await registeredHandler()
    expect([...electron.fake.protocol.handlers.keys()]).toEqual(['app'])
  })

  it('serves index.html with the CSP header', async () => {
    const serve = await registeredHandler()
    const response = await serve('app://vantage/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).toContain('<title>Vantage</title>')
  })

  it('serves index.html for an app route', async () => {
    const serve = await registeredHandler()
    const response = await serve('app://vantage/workshops/7')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).toContain('<title>Vantage</title>')
  })

  it('serves scripts with their type and without a CSP of their own', async () => {
    const serve = await registeredHandler()
    const response = await serve('app://vantage/assets/app.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.has('content-security-policy')).toBe(false)
    expect(await response.text()).toBe('console.log("vantage")')
  })

  it('answers 404 for other hosts', async () => {
    const serve = await registeredHandler()
    const response = await serve('app://elsewhere/index.html')
    expect(response.status).toBe(404)
  })

  it('answers 404 for path traversal, encoded or not', async () => {
    const serve = await registeredHandler()
    for (const url of [
      'app://vantage/..%2f..%2fetc%2fpasswd',
      'app://vantage/%2e%2e/%2e%2e/etc/passwd',
      'app://vantage/%2Fetc%2Fpasswd',
    ]) {
      expect((await serve(url)).status, url).toBe(404)
    }
  })

  it('answers 404 for a missing asset', async () => {
    const serve = await registeredHandler()
    expect((await serve('app://vantage/assets/gone.js')).status).toBe(404)
  })

  it('refuses methods that are not reads', async () => {
    const serve = await registeredHandler()
    expect((await serve('app://vantage/index.html', 'POST')).status).toBe(405)
    const head = await serve('app://vantage/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})
