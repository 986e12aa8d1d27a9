// Electron's fuses: the builder config asks for them, electron-builder's own fuse step flips them
// in a stand-in Electron program that carries a release's fuse wire, and the wire read back
// passes the package check's rules; an unflipped program does not.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses'
import { LinuxPackager } from 'electron-builder'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import config, { ELECTRON_FUSES } from '../../../electron-builder.config.ts'
import { EXPECTED, fuseProblems } from '../../../scripts/packaging/inspectPackage.mjs'
import {
  FUSE_NAMES,
  FUSE_SENTINEL,
  RELEASE_FUSES,
  stubElectronProgram,
} from '../../../scripts/packaging/stubElectron.mjs'

const ON = '1'.charCodeAt(0)
const OFF = '0'.charCodeAt(0)

let appOutDir: string
let program: string

beforeEach(async () => {
  appOutDir = await mkdtemp(path.join(tmpdir(), 'vantage-fuses-'))
  program = path.join(appOutDir, EXPECTED.executable)
  await writeFile(program, stubElectronProgram())
})

afterEach(async () => {
  await rm(appOutDir, { recursive: true, force: true })
})

/**
 * electron-builder's fuse step, as its Linux packager runs it after packing: builder config to
 * @electron/fuses' options, then flipFuses on `<appOutDir>/<executableName>`.
 */
async function runBuilderFuseStep(electronFuses: typeof config.electronFuses) {
  const packager = Object.create(LinuxPackager.prototype, {
    config: { value: { electronFuses } },
    executableName: { value: EXPECTED.executable },
  }) as LinuxPackager & { doAddElectronFuses(context: object): Promise<void> }
  await packager.doAddElectronFuses({ appOutDir, electronPlatformName: 'linux' })
}

/** The wire as one string of '0' and '1', in wire order. */
async function wireOf(file: string): Promise<string> {
  const wire = await getCurrentFuseWire(file)
  return FUSE_NAMES.map((_, i) => String.fromCharCode(wire[i as FuseV1Options] as number)).join('')
}

describe('the stand-in Electron program', () => {
  it('carries a release’s fuse wire where @electron/fuses looks for it', async () => {
    const bytes = await readFile(program)
    const at = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length
    expect(bytes.indexOf(FUSE_SENTINEL)).toBeGreaterThan(0)
    expect([bytes[at], bytes[at + 1]]).toEqual([1, FUSE_NAMES.length])
    expect(await getCurrentFuseWire(program)).toMatchObject({ version: FuseVersion.V1 })
    expect(await wireOf(program)).toBe(RELEASE_FUSES)
  })

  it('names the fuses in the order @electron/fuses puts them on the wire', () => {
    FUSE_NAMES.forEach((name, index) => {
      expect(FuseV1Options[name as keyof typeof FuseV1Options], name).toBe(index)
    })
  })
})

describe('the fuses', () => {
  it('are what the builder config asks electron-builder to flip', () => {
    expect(config.electronFuses).toBe(ELECTRON_FUSES)
    const asked = Object.fromEntries(
      Object.entries(ELECTRON_FUSES).map(([option, on]) => [
        option.charAt(0).toUpperCase() + option.slice(1),
        on,
      ]),
    )
    // electron-builder's option names are the fuse names, lower camel case.
    expect(asked).toEqual(EXPECTED.fuses)
    expect(EXPECTED.fuses).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      EnableCookieEncryption: true,
      GrantFileProtocolExtraPrivileges: false,
    })
  })

  it('are flipped by electron-builder’s fuse step, and read back as the package check wants', async () => {
    const before = await getCurrentFuseWire(program)
    expect(fuseProblems(before)).toHaveLength(7)

    await runBuilderFuseStep(config.electronFuses)

    const after = await getCurrentFuseWire(program)
    expect(fuseProblems(after)).toEqual([])
    expect(after[FuseV1Options.RunAsNode]).toBe(OFF)
    expect(after[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF)
    expect(after[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF)
    expect(after[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(OFF)
    expect(after[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON)
    expect(after[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON)
    expect(after[FuseV1Options.EnableCookieEncryption]).toBe(ON)
    // The one fuse Vantage leaves alone keeps the release's setting.
    expect(after[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(OFF)
    // Only the wire changed: the program around it is byte for byte the same.
    const flipped = await readFile(program)
    expect(flipped.length).toBe(stubElectronProgram().length)
    expect(flipped.toString('latin1')).toBe(stubElectronProgram('01001100').toString('latin1'))
  })

  it('fail the package check when a fuse was left as released, or removed', async () => {
    await runBuilderFuseStep({ ...ELECTRON_FUSES, runAsNode: true })
    expect(fuseProblems(await getCurrentFuseWire(program))).toEqual([
      "The packaged program's RunAsNode fuse is on, not off: ELECTRON_RUN_AS_NODE would turn the signed program into a Node.js that runs any script.",
    ])

    // An older Electron whose wire is one fuse short, with cookie encryption removed.
    await writeFile(program, stubElectronProgram('0r00110'))
    const problems = fuseProblems(await getCurrentFuseWire(program))
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(
      /^The packaged program's EnableCookieEncryption fuse is removed from this Electron, not on: /,
    )
    expect(problems[1]).toMatch(
      /^The packaged program's GrantFileProtocolExtraPrivileges fuse is missing from its fuse wire, not off: /,
    )
  })
})
