/**
 * Unit tests: node for shared/ and tooling, node with Electron mocked for electron/, happy-dom
 * with fake-indexeddb for the renderer. Both cores run test files: vitest's default leaves one idle.
 */
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const alias = { '@shared': resolve(import.meta.dirname, 'shared') }

export default defineConfig({
  resolve: { alias },
  test: {
    maxWorkers: 2,
    // Transformed modules kept on disk between runs (node_modules/.experimental-vitest-cache),
    // keyed by content: a second `npm run check` skips most of the transform work.
    experimental: { fsModuleCache: true },
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/{shared,tooling}/**/*.test.ts'],
          // Pure functions and files read from disk: nothing to leak between files, so they
          // share one module graph instead of loading it again for every file.
          isolate: false,
          // The property suites over whole workshops run hundreds of cases; on a busy two-core
          // machine the default five seconds made slow passes look like failures.
          testTimeout: 15_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'electron',
          environment: 'node',
          include: ['test/unit/electron/**/*.test.ts'],
          // One module graph per worker, as for node: each file that mocks electron loads the
          // code under test itself after vi.resetModules(), which tooling/electronMocks.test.ts
          // holds every such file to.
          isolate: false,
          // Property suites here too (file names, window places): the same limit as the others.
          testTimeout: 15_000,
        },
      },
      {
        resolve: { alias },
        plugins: [react()],
        define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
        test: {
          name: 'renderer',
          // happy-dom rather than jsdom: the same tests pass and axe finds the same faults, and
          // the renderer's files run in about two thirds of the time.
          environment: 'happy-dom',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/renderer/setup.ts'],
          isolate: false,
          // A screen driven by keyboard and mouse through the test DOM takes a few seconds; on a busy
          // two-core machine the default five made slow passes look like failures.
          testTimeout: 15_000,
        },
      },
    ],
  },
})
