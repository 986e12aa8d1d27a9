/**
 * Finds the Electron binary the way the `electron` package does, without letting its error out.
 * Offline installs often have the package but not the binary (its download step failed), and
 * `npm start` should say so in one sentence instead of a stack trace.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * The path of the Electron executable installed for the project in `projectDir`, or null when
 * the package is missing, throws, or points at a file that is not there.
 * @param {string} projectDir
 * @returns {string | null}
 */
export function findElectronBinary(projectDir) {
  const require = createRequire(path.join(projectDir, 'package.json'))
  let binary
  try {
    binary = require('electron')
  } catch {
    return null
  }
  return typeof binary === 'string' && binary !== '' && existsSync(binary) ? binary : null
}
