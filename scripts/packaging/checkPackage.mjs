/**
 * `npm run test:package`: packages the last build for real with electron-builder (`--dir`, Linux
 * x64) from electron-builder.config.ts, then holds the result to inspectPackage.mjs's rules.
 *
 * The Electron binary cannot be downloaded here, so electron-builder is handed a stub Electron:
 * a folder shaped like an unpacked Linux release (an `electron` program, resources/, version,
 * LICENSE), whose program carries a fuse wire like a release's. Everything electron-builder does
 * to it (renaming the program, writing app.asar, choosing files, icons and the desktop entry,
 * flipping the fuses) runs as it would for a release, and the fuses are read back from the
 * packaged program.
 */
import { readFile, readdir, rm, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { listPackage } from '@electron/asar'
import { getCurrentFuseWire } from '@electron/fuses'
import { Arch, Platform, build } from 'electron-builder'
import { EXPECTED, asarProblems, fuseProblems, linuxProblems } from './inspectPackage.mjs'
import { stubElectronRelease } from './stubElectron.mjs'

const started = performance.now()
const projectDir = path.resolve(import.meta.dirname, '..', '..')
const outputDir = path.join('dist', 'package-check')
const appDir = path.join(projectDir, outputDir, 'linux-unpacked')
const asarPath = path.join(appDir, 'resources', 'app.asar')

/** Stops with one sentence per problem: the check's failures are read by people, not parsed. */
function fail(/** @type {string[]} */ problems) {
  console.error(`\nPackage check failed:\n${problems.map((problem) => `- ${problem}`).join('\n')}`)
  process.exit(1)
}

/** The Electron version the app is built against: the installed package, else the pinned one. */
async function electronVersion() {
  const require = createRequire(path.join(projectDir, 'package.json'))
  try {
    return require('electron/package.json').version
  } catch {
    const manifest = JSON.parse(await readFile(path.join(projectDir, 'package.json'), 'utf8'))
    return String(manifest.devDependencies.electron).replace(/^[^\d]*/, '')
  }
}

/**
 * What the AppImage and deb targets would install beside the app: the icon set, the desktop
 * entry and the MIME type. `--dir` builds neither target, so this asks electron-builder's own
 * Linux helper (from the app-builder-lib that electron-builder depends on) while it packs.
 */
async function desktopIntegration(packager) {
  const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'))
  const { LinuxTargetHelper } = fromBuilder('app-builder-lib/out/targets/LinuxTargetHelper')
  const helper = new LinuxTargetHelper(packager)
  const icons = await helper.icons
  const mimeFile = await helper.mimeTypeFiles
  return {
    iconSizes: icons.map((/** @type {{ size: number }} */ icon) => icon.size),
    // The deb's entry: its options over the Linux ones, as electron-builder's deb target merges them.
    desktopEntry: await helper.computeDesktopEntry({
      ...packager.platformSpecificBuildOptions,
      ...packager.config.deb,
    }),
    mimeInfo: mimeFile === null ? null : await readFile(mimeFile, 'utf8'),
  }
}

const missingBuild = []
for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
  if (!(await stat(path.join(projectDir, file)).catch(() => null))) missingBuild.push(file)
}
if (missingBuild.length > 0) {
  fail([`Nothing to package: ${missingBuild.join(', ')} missing. Run npm run build first.`])
}

const version = await electronVersion()
const electronDist = await stubElectronRelease(version)
await rm(path.join(projectDir, outputDir), { recursive: true, force: true })
/** @type {Awaited<ReturnType<typeof desktopIntegration>> | undefined} */
let integration
/** @type {unknown} */
let packingError
try {
  await build({
    projectDir,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    config: {
      extends: 'electron-builder.config.ts',
      electronDist,
      electronVersion: version,
      npmRebuild: false,
      directories: { output: outputDir },
      afterPack: async (context) => {
        integration = await desktopIntegration(context.packager)
      },
    },
  })
} catch (error) {
  packingError = error
} finally {
  await rm(electronDist, { recursive: true, force: true })
}
if (packingError !== undefined) {
  const reason = packingError instanceof Error ? packingError.message : String(packingError)
  fail([`electron-builder could not package the app: ${reason}`])
}
if (integration === undefined) fail(['electron-builder finished without packing the app.'])

const listing = listPackage(asarPath, { isPack: false })
const topLevel = await readdir(appDir, { withFileTypes: true })
const appEntries = await Promise.all(
  topLevel.map(async (entry) => ({
    name: entry.name,
    executable: entry.isFile() && ((await stat(path.join(appDir, entry.name))).mode & 0o111) !== 0,
  })),
)
/** @type {{ version: string, [fuse: number]: number | undefined } | Error} */
const fuses = await getCurrentFuseWire(path.join(appDir, EXPECTED.executable)).catch((error) =>
  error instanceof Error ? error : new Error(String(error)),
)
const problems = [
  ...asarProblems(listing),
  ...linuxProblems({ appDir: appEntries, ...integration }),
  ...(fuses instanceof Error
    ? [`The packaged program's fuses could not be read: ${fuses.message}`]
    : fuseProblems(fuses)),
]
if (problems.length > 0) fail(problems)

const asarBytes = (await stat(asarPath)).size
const files = listing.length
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(
  `\nPackage check passed: ${path.relative(projectDir, asarPath)} holds ${files} entries ` +
    `(${(asarBytes / 1024 / 1024).toFixed(2)} MiB), with the program, icons, the .vantage and ` +
    `.vantage-template associations in place and the fuses flipped; ${seconds} s.`,
)
