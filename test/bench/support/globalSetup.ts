/**
 * Before the figures: builds the bare Vite + React baseline page into out/renderer/bench-bare, so
 * the same `vite preview` server serves it beside the app (`npm run build` has just rebuilt
 * out/renderer, and empties it on the next build), and starts an empty figures file.
 */
import { resolve } from 'node:path'
import { build } from 'vite'
import react from '@vitejs/plugin-react'
import { BARE_OUT, resetFigures } from './figures'

export default async function globalSetup() {
  resetFigures()
  await build({
    root: resolve(import.meta.dirname, '../bare'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: BARE_OUT, emptyOutDir: true },
  })
}
