/**
 * The phone page's built files, served from one folder: its index.html and what sits in its
 * assets folder, by plain file names only (no path goes up or sideways), read once and kept in
 * memory, so a request never touches the disk outside that folder.
 */
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'

export interface PhoneFile {
  body: Buffer
  type: string
}

/** The content types of the files a built page is made of. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

const SAFE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,120}$/

/** `index` is the page; `assets` maps a file name in assets/ to its contents. */
export interface PhoneFiles {
  index: PhoneFile
  asset(name: string): PhoneFile | undefined
}

export async function loadPhoneFiles(dir: string): Promise<PhoneFiles> {
  const index = {
    body: await readFile(path.join(dir, 'index.html')),
    type: CONTENT_TYPES['.html']!,
  }
  const assets = new Map<string, PhoneFile>()
  const names = await readdir(path.join(dir, 'assets')).catch(() => [] as string[])
  for (const name of names) {
    const type = CONTENT_TYPES[path.extname(name)]
    if (!SAFE_NAME.test(name) || type === undefined) continue
    assets.set(name, { body: await readFile(path.join(dir, 'assets', name)), type })
  }
  return { index, asset: (name) => assets.get(name) }
}
