/**
 * The app:// scheme the renderer is served from. IndexedDB is keyed by this origin, so the scheme
 * and host never change; the scheme must be privileged before ready to get a real, secure origin
 * with storage and fetch, and HTML carries the same CSP the build writes into its meta tag.
 */
import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { APP_SCHEME } from '../../shared/ipc/contract'
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp'
import { resolveRendererFile } from './services/rendererFiles'

/** Must run before the app is ready: Chromium reads scheme privileges once, at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: false,
        stream: true,
      },
    },
  ])
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
}

/** Answers one app:// request from the built renderer folder. */
export async function serveAppRequest(request: Request, rendererDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } })
  }
  const file = await resolveRendererFile(rendererDir, request.url)
  if (file === null) return notFound()

  let body: Buffer
  try {
    body = await readFile(file.filePath)
  } catch {
    return notFound()
  }
  const headers: Record<string, string> = {
    'content-type': file.contentType,
    'x-content-type-options': 'nosniff',
  }
  if (file.isHtml) headers['content-security-policy'] = CONTENT_SECURITY_POLICY
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers,
  })
}

/** Serves the renderer on app://; call once the app is ready. */
export function registerAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir))
}
