/**
 * The phone page's own build: a small page of its own (React, i18next, Yjs and the phone's own
 * text), nothing of the facilitator's app, written into out/renderer/phone so the join server
 * serves it from beside the renderer and the installers carry it with the renderer. The
 * renderer's build runs this one after its own (vite.renderer.config.ts), so every build that
 * makes the renderer makes the phone page too.
 */
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type InlineConfig } from 'vite'

export const phoneRoot = resolve(import.meta.dirname, 'renderer/phone')

export const phoneConfig: InlineConfig = {
  configFile: false,
  root: phoneRoot,
  base: './',
  logLevel: 'warn',
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer/phone'),
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    // One script and one sheet: the page is served from memory and loads in one round trip.
    rolldownOptions: {
      input: resolve(phoneRoot, 'index.html'),
      output: { codeSplitting: false },
    },
  },
}

export default defineConfig(phoneConfig)
