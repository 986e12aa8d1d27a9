// The request -> file mapping behind app://, against a real folder with a secret next to it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  contentTypeFor,
  resolveRendererFile,
} from '../../../../../electron/main/services/rendererFiles'

let sandbox: string
let root: string

beforeAll(async () => {
  sandbox = await mkdtemp(path.join(tmpdir(), 'vantage-renderer-'))
  root = path.join(sandbox, 'renderer')
  await mkdir(path.join(root, 'assets'), { recursive: true })
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Vantage</title>')
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(path.join(root, 'assets', 'app.css'), 'body{}')
  await writeFile(path.join(root, 'assets', 'logo.svg'), '<svg/>')
  await writeFile(path.join(sandbox, 'secret'), 'outside the renderer')
  await writeFile(path.join(sandbox, 'secret.txt'), 'outside the renderer')
})

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true })
})

const resolveUrl = (url: string) => resolveRendererFile(root, url)

describe('resolveRendererFile', () => {
  it('serves index.html for the origin root, with or without a slash', async () => {
    for (const url of ['app://vantage/', 'app://vantage', 'app://vantage/index.html']) {
      const file = await resolveUrl(url)
      expect(file?.filePath, url).toBe(path.join(root, 'index.html'))
      expect(file?.isHtml).toBe(true)
      expect(file?.contentType).toBe('text/html; charset=utf-8')
    }
  })

  it('serves assets with a content type from their extension', async () => {
    const js = await resolveUrl('app://vantage/assets/app.js?v=1#x')
    expect(js).toEqual({
      filePath: path.join(root, 'assets', 'app.js'),
      contentType: 'text/javascript; charset=utf-8',
      isHtml: false,
    })
    expect((await resolveUrl('app://vantage/assets/app.css'))?.contentType).toBe(
      'text/css; charset=utf-8',
    )
    expect((await resolveUrl('app://vantage/assets/logo.svg'))?.contentType).toBe('image/svg+xml')
  })

  it('falls back to index.html for routes without an extension', async () => {
    for (const url of [
      'app://vantage/workshops/42',
      'app://vantage/settings/',
      'app://vantage/assets',
    ]) {
      expect((await resolveUrl(url))?.filePath, url).toBe(path.join(root, 'index.html'))
    }
  })

  it('gives a 404 for a missing file that has an extension', async () => {
    expect(await resolveUrl('app://vantage/assets/missing.js')).toBeNull()
  })

  it('serves nothing for another host, a port, or another scheme', async () => {
    for (const url of [
      'app://evil/index.html',
      'app://vantage.example/index.html',
      'app://vantage:8080/index.html',
      'https://vantage/index.html',
      `file://${path.join(root, 'index.html')}`,
      'not a url',
    ]) {
      expect(await resolveUrl(url), url).toBeNull()
    }
  })

  it('never steps outside the renderer folder, nor falls back to index.html when asked to', async () => {
    for (const url of [
      'app://vantage/..%2fsecret',
      'app://vantage/..%2Fsecret.txt',
      'app://vantage/assets/..%2f..%2fsecret',
      'app://vantage/%2e%2e%2fsecret',
      'app://vantage/..%5csecret',
      'app://vantage/assets/%2e%2e/%2e%2e/secret',
      'app://vantage/%2e/index.html',
      `app://vantage/${encodeURIComponent(path.join(sandbox, 'secret'))}`,
      `app://vantage/${path.join(sandbox, 'secret')}`,
      'app://vantage//etc/passwd',
      'app://vantage/C:%5cWindows%5cwin.ini',
      'app://vantage/index.html%00.js',
      'app://vantage/%E0%A4%A',
    ]) {
      const file = await resolveUrl(url)
      expect(file, url).toBeNull()
    }
  })

  it('refuses dot segments even where the URL parser would fold them back inside', async () => {
    for (const url of [
      'app://vantage/assets/../index.html',
      'app://vantage/../secret',
      'app://vantage/./index.html',
      'app://vantage/assets/%2E%2E/index.html',
      'app://vantage/assets/.%2e/index.html',
    ]) {
      expect(await resolveUrl(url), url).toBeNull()
    }
  })

  it('refuses encoded separators even when they would stay inside the folder', async () => {
    for (const url of ['app://vantage/assets%2Fapp.js', 'app://vantage/assets%5Capp.js']) {
      expect(await resolveUrl(url), url).toBeNull()
    }
  })

  it('serves names that merely contain dots', async () => {
    await writeFile(path.join(root, '..notes.txt'), 'dots in a name')
    const file = await resolveUrl('app://vantage/..notes.txt')
    expect(file?.filePath).toBe(path.join(root, '..notes.txt'))
  })
})

describe('contentTypeFor', () => {
  it('knows the web types and falls back to a download type', () => {
    expect(contentTypeFor('a/b.WOFF2')).toBe('font/woff2')
    expect(contentTypeFor('a/b.json')).toBe('application/json; charset=utf-8')
    expect(contentTypeFor('a/b.unknown')).toBe('application/octet-stream')
  })
})
