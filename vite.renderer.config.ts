/**
 * The renderer's Vite configuration, shared by the desktop build (electron-vite) and the plain
 * browser mode (`npm run start:web`, and the browser tests that serve the same build).
 */
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { Plugin, UserConfig } from 'vite'
import { CONTENT_SECURITY_POLICY } from './shared/security/csp.ts'
import packageJson from './package.json' with { type: 'json' }
import { phoneConfig } from './vite.phone.config.ts'

function contentSecurityPolicy(): Plugin {
  return {
    name: 'vantage:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * Builds the phone page (vite.phone.config.ts) once the renderer's files are written: after the
 * renderer's build has emptied out/renderer, so the page lands in out/renderer/phone to stay.
 */
function phonePage(): Plugin {
  return {
    name: 'vantage:phone-page',
    apply: 'build',
    async closeBundle() {
      const { build } = await import('vite')
      await build(phoneConfig)
    },
  }
}

export const rendererRoot = resolve(import.meta.dirname, 'renderer')

export const rendererConfig: UserConfig = {
  root: rendererRoot,
  base: './',
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  plugins: [react(), contentSecurityPolicy(), phonePage()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    sourcemap: false,
    // electron-vite leaves the renderer unminified by default; the desktop app loads it at every start.
    minify: true,
    // Screens load their JavaScript on their first visit (features/app/lazyScreens.tsx), but the
    // styles stay one sheet, loaded at start: the print and presenter routes use styles that other
    // screens' modules import, and one sheet keeps the cascade in the order it was written.
    cssCodeSplit: false,
    chunkSizeWarningLimit: 1024,
    rolldownOptions: { input: resolve(rendererRoot, 'index.html') },
  },
}
