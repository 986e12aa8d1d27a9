/**
 * The walls around the renderer: no permissions, no requests or navigation beyond our own
 * origins, no new windows, no webviews. The renderer runs our code only, so anything else it
 * asks for is a bug or an attack, and the answer is always no.
 */
import { app, type Session, type WebContents } from 'electron'
import { openExternalLink } from './externalLinks'
import { isTrustedUrl } from './origin'

// Local content the page legitimately creates or that Chromium's own tools use.
const ALWAYS_ALLOWED_SCHEMES = new Set(['devtools:', 'data:', 'blob:'])

/**
 * Whether the session may fetch `url`: the app:// origin, the dev server (when trusted, with its
 * hot-reload websocket on the same host), and local-only schemes.
 */
export function isAllowedRequest(url: string, trustedOrigins: readonly string[]): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (ALWAYS_ALLOWED_SCHEMES.has(parsed.protocol)) return true
  if (isTrustedUrl(url, trustedOrigins)) return true
  if (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') {
    const httpScheme = parsed.protocol === 'wss:' ? 'https:' : 'http:'
    return trustedOrigins.includes(`${httpScheme}//${parsed.host}`)
  }
  return false
}

export function hardenSession(session: Session, trustedOrigins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, trustedOrigins)
    if (!allowed) console.warn(`Vantage blocked a request to ${details.url}`)
    callback({ cancel: !allowed })
  })
}

export function hardenWebContents(contents: WebContents, trustedOrigins: readonly string[]): void {
  // The page never leaves our origin; a plain link elsewhere is offered to the browser instead.
  contents.on('will-navigate', (event) => {
    if (isTrustedUrl(event.url, trustedOrigins)) return
    event.preventDefault()
    openExternalLink(event.url)
  })
  // Links with target=_blank land here; the page opens no windows of its own.
  contents.setWindowOpenHandler(({ url }) => {
    openExternalLink(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Hardens every web contents as it is created, windows opened later included. */
export function hardenAllWebContents(trustedOrigins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, trustedOrigins))
}
