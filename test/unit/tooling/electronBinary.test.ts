// `npm start`'s check for the Electron binary, against fake `electron` packages in a temp folder.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findElectronBinary } from '../../../scripts/electronBinary.mjs'

let project: string

beforeEach(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'vantage-start-'))
  await writeFile(path.join(project, 'package.json'), '{"name":"probe","private":true}')
})

afterEach(async () => {
  await rm(project, { recursive: true, force: true })
})

/** Installs a stand-in `electron` package whose main module has `body` as its source. */
async function fakeElectronPackage(body: string): Promise<void> {
  const dir = path.join(project, 'node_modules', 'electron')
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, 'package.json'), '{"name":"electron","main":"index.js"}')
  await writeFile(path.join(dir, 'index.js'), body)
}

describe('findElectronBinary', () => {
  it('is null when the electron package is not installed', () => {
    expect(findElectronBinary(project)).toBeNull()
  })

  it('is null when the package throws because its download never happened', async () => {
    await fakeElectronPackage(
      "throw new Error('Electron failed to install correctly, please delete node_modules/electron')",
    )
    expect(findElectronBinary(project)).toBeNull()
  })

  it('is null when the package points at a binary that is not there', async () => {
    await fakeElectronPackage(
      `module.exports = ${JSON.stringify(path.join(project, 'dist', 'electron'))}`,
    )
    expect(findElectronBinary(project)).toBeNull()
  })

  it('is the binary path when it exists', async () => {
    const binary = path.join(project, 'dist', 'electron')
    await mkdir(path.dirname(binary), { recursive: true })
    await writeFile(binary, '')
    await fakeElectronPackage(`module.exports = ${JSON.stringify(binary)}`)
    expect(findElectronBinary(project)).toBe(binary)
  })
})
