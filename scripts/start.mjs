/**
 * `npm start`: builds and launches the desktop app through `electron-vite preview`, or, when the
 * Electron binary is missing, says so in one sentence and points at the browser mode.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { findElectronBinary } from './electronBinary.mjs'

const projectDir = path.resolve(import.meta.dirname, '..')

function giveUp(sentence) {
  process.stderr.write(`Vantage could not start: ${sentence}\n`)
  process.exit(1)
}

if (findElectronBinary(projectDir) === null) {
  giveUp(
    'the Electron binary is not installed. Run `npm install` on a machine with internet access ' +
      '(or run `npm run start:web` to use Vantage in a browser).',
  )
}

// Run electron-vite's own script with this Node, so no shell or .cmd shim is involved.
const require = createRequire(path.join(projectDir, 'package.json'))
const electronVite = path.join(
  path.dirname(require.resolve('electron-vite/package.json')),
  'bin/electron-vite.js',
)
const child = spawn(process.execPath, [electronVite, 'preview'], {
  cwd: projectDir,
  stdio: 'inherit',
})
child.on('error', (error) => giveUp(`electron-vite did not run (${error.message}).`))
child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)))
