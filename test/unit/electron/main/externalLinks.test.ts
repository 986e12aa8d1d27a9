// Links leaving the app: only https: and mailto: addresses reach the OS, through one handler,
// whether the page opened them as a new window or as a plain link; nothing else is handed over.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeElectron, FakeWebContents, type FakeElectron } from '../fakeElectron'
import type * as ExternalLinksModule from '../../../../electron/main/externalLinks'
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

let links: typeof ExternalLinksModule
let security: typeof SecurityModule

beforeEach(async () => {
  electron.fake = createFakeElectron()
  vi.resetModules()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  links = await import('../../../../electron/main/externalLinks')
  security = await import('../../../../electron/main/security')
})

const opened = () => electron.fake.shell.openExternal.mock.calls.map(([url]) => url)

const ALLOWED = [
  ['https://example.com/guide', 'https://example.com/guide'],
  ['https://example.com:8443/a?b=c#d', 'https://example.com:8443/a?b=c#d'],
  ['HTTPS://Example.COM', 'https://example.com/'],
  ['mailto:robin@example.com', 'mailto:robin@example.com'],
  [
    'mailto:robin@example.com?subject=Offsite%20notes',
    'mailto:robin@example.com?subject=Offsite%20notes',
  ],
] as const

const REFUSED = [
  'http://example.com/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'app://vantage/index.html',
  'smb://server/share',
  'ms-settings:privacy',
  'vbscript:msgbox(1)',
  'https://user:secret@example.com/',
  'https://trusted.example@evil.example/',
  'mailto:',
  'mailto:?subject=no-one',
  'not a url',
  '',
  `https://example.com/${'a'.repeat(2048)}`,
]

describe('allowedExternalUrl', () => {
  it.each(ALLOWED)('lets %s out as %s', (url, as) => {
    expect(links.allowedExternalUrl(url)).toBe(as)
  })

  it.each(REFUSED)('keeps %s in', (url) => {
    expect(links.allowedExternalUrl(url)).toBeNull()
  })
})

describe('openExternalLink', () => {
  it('hands https: and mailto: links to the OS, and nothing else', () => {
    for (const [url] of ALLOWED) expect(links.openExternalLink(url), url).toBe(true)
    for (const url of REFUSED) expect(links.openExternalLink(url), url).toBe(false)
    expect(opened()).toEqual(ALLOWED.map(([, as]) => as))
  })

  it('says so when the OS cannot open a link, without throwing', async () => {
    const failed = vi.spyOn(console, 'error').mockImplementation(() => {})
    electron.fake.shell.openExternal.mockRejectedValueOnce(new Error('no browser'))
    expect(links.openExternalLink('https://example.com/')).toBe(true)
    await vi.waitFor(() => expect(failed).toHaveBeenCalled())
  })
})

describe('a page’s links', () => {
  function hardened() {
    const contents = new FakeWebContents()
    security.hardenWebContents(contents as never, ['app://vantage'])
    return contents
  }

  it('open in the browser through the same handler, as a new window or a plain link', () => {
    const contents = hardened()
    expect(contents.openWindow('https://example.com/a')).toEqual({ action: 'deny' })
    expect(contents.navigate('https://example.com/b')).toBe(true)
    expect(contents.openWindow('mailto:robin@example.com')).toEqual({ action: 'deny' })
    expect(opened()).toEqual([
      'https://example.com/a',
      'https://example.com/b',
      'mailto:robin@example.com',
    ])
  })

  it('go nowhere when they are not https: or mailto:, and the page stays where it is', () => {
    const contents = hardened()
    for (const url of REFUSED) {
      expect(contents.openWindow(url), url).toEqual({ action: 'deny' })
      // The app's own address is a navigation within the app, not a way out.
      if (!url.startsWith('app://vantage/')) expect(contents.navigate(url), url).toBe(true)
    }
    expect(opened()).toEqual([])
  })

  it('stay inside the app when they point at the app itself', () => {
    const contents = hardened()
    expect(contents.navigate('app://vantage/index.html#/workshops/w1')).toBe(false)
    expect(opened()).toEqual([])
  })
})
