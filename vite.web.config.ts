/** The renderer alone, in a plain browser: `npm run start:web` and the browser tests. */
import { defineConfig } from 'vite'
import { rendererConfig } from './vite.renderer.config.ts'

export default defineConfig({
  ...rendererConfig,
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
