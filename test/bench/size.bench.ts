/**
 * Figure 7, size: the renderer's JavaScript gzipped at level 9, against the bare Vite + React
 * page's the same way. The first screen's JavaScript is what index.html loads (its entry and the
 * chunks it preloads); the screens loaded on their first visit come after and are counted in the
 * whole. (The peak JS heap of the big workshop is measured with figure 3, interactions.bench.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { test } from '@playwright/test'
import { BARE_OUT, RENDERER_OUT, report } from './support/figures'

const gzippedKb = (folder: string, files: readonly string[]) =>
  files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(folder, file)), { level: 9 }).length,
    0,
  ) / 1024

/** The scripts index.html loads before the first screen: its module entry and modulepreloads. */
function firstScreenScripts(folder: string): string[] {
  const html = readFileSync(join(folder, 'index.html'), 'utf8')
  return [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!)
}

function allScripts(folder: string): string[] {
  return readdirSync(join(folder, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`)
}

test('size', () => {
  const bare = { value: gzippedKb(BARE_OUT, allScripts(BARE_OUT)), unit: 'KB' }
  report(
    'renderer JS gzipped, first screen',
    { value: gzippedKb(RENDERER_OUT, firstScreenScripts(RENDERER_OUT)), unit: 'KB' },
    bare,
  )
  report(
    'renderer JS gzipped, every screen',
    { value: gzippedKb(RENDERER_OUT, allScripts(RENDERER_OUT)), unit: 'KB' },
    bare,
  )
})
