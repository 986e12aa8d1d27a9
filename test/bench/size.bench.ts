/**
 * Figure 7, size: the renderer's JavaScript as built (out/renderer/assets), gzipped at level 9,
 * against the bare Vite + React page's JavaScript gzipped the same way. (The peak JS heap of
 * the big workshop is measured with figure 3, in interactions.bench.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { test } from '@playwright/test'
import { BARE_OUT, RENDERER_OUT, report } from './support/figures'

function gzippedKb(folder: string): number {
  const assets = join(folder, 'assets')
  const bytes = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .reduce((sum, name) => sum + gzipSync(readFileSync(join(assets, name)), { level: 9 }).length, 0)
  return bytes / 1024
}

test('size', () => {
  report(
    'renderer JS gzipped',
    { value: gzippedKb(RENDERER_OUT), unit: 'KB' },
    { value: gzippedKb(BARE_OUT), unit: 'KB' },
  )
})
