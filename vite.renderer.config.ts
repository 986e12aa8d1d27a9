/**
 * The renderer's Vite configuration, shared by the desktop build (electron-vite) and the plain
 * browser mode (`npm run start:web`, and the browser tests that serve the same build).
 */
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { Plugin, Rolldown, UserConfig } from 'vite'
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

/**
 * Names the chunk of every module the first screen imports statically: they all load before it
 * draws, so one file serves them instead of the two dozen small shared chunks the automatic
 * splitting makes of the modules the lazy screens import too (each one a request that the start
 * waits for). Screens keep their own chunks and take what they share with the start from it.
 */
function startChunk(entry: string) {
  const reachedIn = new WeakMap<Rolldown.ChunkingContext, Set<string>>()
  function reached(ctx: Rolldown.ChunkingContext): Set<string> {
    const seen = new Set<string>([entry])
    const waiting = [entry]
    for (let id = waiting.pop(); id !== undefined; id = waiting.pop()) {
      for (const next of ctx.getModuleInfo(id)?.importedIds ?? []) {
        if (seen.has(next)) continue
        seen.add(next)
        waiting.push(next)
      }
    }
    return seen
  }
  return (id: string, ctx: Rolldown.ChunkingContext): string | null => {
    let start = reachedIn.get(ctx)
    if (!start) reachedIn.set(ctx, (start = reached(ctx)))
    return start.has(id) ? 'start' : null
  }
}

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
    rolldownOptions: {
      input: resolve(rendererRoot, 'index.html'),
      output: {
        codeSplitting: { groups: [{ name: startChunk(resolve(rendererRoot, 'src/main.tsx')) }] },
      },
    },
  },
}
