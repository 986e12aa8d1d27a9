/**
 * Maps an app://vantage/... request to a file of the built renderer, in plain Node so it can be
 * tested against a real folder. It is the only gate between a URL the page asks for and the disk,
 * so anything that could step outside the folder is refused rather than cleaned up.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { APP_HOST, APP_SCHEME } from '../../../shared/ipc/contract'

export interface RendererFile {
  filePath: string
  contentType: string
  isHtml: boolean
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Decoded path segments of the URL's path, or null when any segment could escape the folder:
 * `.`/`..` (also percent-encoded), an encoded separator, a NUL, a drive letter or an empty
 * segment (`//etc/passwd`).
 */
function safeSegments(pathname: string): string[] | null {
  // One trailing slash names a folder-like route; any other empty segment is refused.
  const raw = pathname.replace(/^\//, '').replace(/\/$/, '')
  if (raw === '') return []
  const segments: string[] = []
  for (const encoded of raw.split('/')) {
    let segment: string
    try {
      segment = decodeURIComponent(encoded)
    } catch {
      return null
    }
    if (segment === '' || segment === '.' || segment === '..') return null
    if (/[/\\\0:]/.test(segment)) return null
    segments.push(segment)
  }
  return segments
}

/**
 * Whether the URL as written has a `.` or `..` segment, plain or percent-encoded. The URL parser
 * would fold these away silently; a request that tries it is refused outright instead.
 */
function hasDotSegment(rawUrl: string): boolean {
  const beforeQuery = rawUrl.split(/[?#]/, 1)[0] ?? ''
  return beforeQuery.split(/[/\\]|%2f|%5c/i).some((segment) => /^(\.|%2e){1,2}$/i.test(segment))
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile()
  } catch {
    return false
  }
}

function fileAt(filePath: string): RendererFile {
  const contentType = contentTypeFor(filePath)
  return { filePath, contentType, isHtml: contentType.startsWith('text/html') }
}

/**
 * The file to serve for `requestUrl` from `rendererDir`, or null for a 404. Only
 * app://vantage/... is served; an unknown path without an extension is a client-side route
 * and gets index.html, while a missing asset stays a 404 so a broken build fails loudly.
 */
export async function resolveRendererFile(
  rendererDir: string,
  requestUrl: string,
): Promise<RendererFile | null> {
  if (hasDotSegment(requestUrl)) return null
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null

  const segments = safeSegments(url.pathname)
  if (segments === null) return null

  const root = path.resolve(rendererDir)
  const indexFile = path.join(root, 'index.html')
  if (segments.length === 0) return (await isFile(indexFile)) ? fileAt(indexFile) : null

  const candidate = path.resolve(root, ...segments)
  const relative = path.relative(root, candidate)
  if (relative === '' || relative.split(path.sep)[0] === '..' || path.isAbsolute(relative)) {
    return null
  }

  if (await isFile(candidate)) return fileAt(candidate)
  const last = segments[segments.length - 1] ?? ''
  if (path.extname(last) === '' && (await isFile(indexFile))) return fileAt(indexFile)
  return null
}
