/**
 * A stand-in for Electron's unpacked Linux release, for packaging where the real binary cannot
 * be downloaded (`npm run test:package`, the fuse unit test). Its `electron` program is a shell
 * script that refuses to run, but it carries a fuse wire exactly where a real Electron program
 * does: after Electron's fuse sentinel, a version byte, a length byte and one byte per fuse, as
 * Electron's build/fuses/build.py writes it. So @electron/fuses finds, flips and reads it back
 * the way it does a release's.
 */
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** The bytes @electron/fuses looks for; the fuse wire starts right after them. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
export const FUSE_WIRE_VERSION = 1

/** The version 1 fuses, in wire order (Electron's build/fuses/fuses.json5). */
export const FUSE_NAMES = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
]

/** The fuses of an Electron release as downloaded, before anyone flips them: '1' on, '0' off. */
export const RELEASE_FUSES = '10110001'

/**
 * The stand-in `electron` program: a script that says what it is and fails, with the fuse wire
 * in a trailing comment, as a C string (NUL-terminated) the way it sits in a real program.
 * @param {string} fuses one '0', '1' or 'r' (removed) per fuse, in FUSE_NAMES order
 * @returns {Buffer}
 */
export function stubElectronProgram(fuses = RELEASE_FUSES) {
  if (!/^[01r]*$/.test(fuses)) throw new Error(`Not a fuse wire: ${fuses}`)
  return Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stub Electron for npm run test:package" >&2\nexit 1\n# '),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([FUSE_WIRE_VERSION, fuses.length]),
    Buffer.from(fuses, 'latin1'),
    Buffer.from([0]),
    Buffer.from('\n'),
  ])
}

/**
 * A folder that looks to electron-builder like Electron's unpacked linux-x64 release: the
 * program, resources/, version and the licenses. The caller removes it.
 * @param {string} version the Electron version it stands in for
 * @returns {Promise<string>} the folder
 */
export async function stubElectronRelease(version) {
  const dir = await mkdtemp(path.join(tmpdir(), 'vantage-electron-stub-'))
  await mkdir(path.join(dir, 'resources'))
  const program = path.join(dir, 'electron')
  await writeFile(program, stubElectronProgram())
  await chmod(program, 0o755)
  await writeFile(path.join(dir, 'version'), version)
  await writeFile(path.join(dir, 'LICENSE'), 'Stand-in for the Electron license.\n')
  await writeFile(path.join(dir, 'LICENSES.chromium.html'), '<p>Stand-in.</p>\n')
  return dir
}
