/**
 * The rules `npm run test:package` holds a packaged app to, as pure functions over listings, so
 * the unit tests can show each rule failing. What goes in the archive is decided by Vite (which
 * bundles every library into out/) and by the builder config's `files`; these rules catch
 * either of them drifting: sources, tests, source maps or node_modules shipped to users, or the
 * built app itself missing. The fuse rules read the packaged program's fuse wire.
 */
import { FUSE_NAMES } from './stubElectron.mjs'

/** What the packaged app must be called and open, as the builder config states it. */
export const EXPECTED = {
  productName: 'Vantage',
  executable: 'vantage',
  sessionExtension: 'vantage',
  sessionMimeType: 'application/x-vantage',
  templateExtension: 'vantage-template',
  templateMimeType: 'application/x-vantage-template',
  linuxIconSizes: [16, 24, 32, 48, 64, 128, 256, 512, 1024],
  /** How each fuse must be set in the packaged program (electronFuses in the builder config). */
  fuses: {
    RunAsNode: false,
    EnableNodeOptionsEnvironmentVariable: false,
    EnableNodeCliInspectArguments: false,
    EnableEmbeddedAsarIntegrityValidation: true,
    OnlyLoadAppFromAsar: true,
    EnableCookieEncryption: true,
    GrantFileProtocolExtraPrivileges: false,
  },
}

/** Why each fuse is set as it is, said when it is not. */
const FUSE_REASONS = {
  RunAsNode:
    'ELECTRON_RUN_AS_NODE would turn the signed program into a Node.js that runs any script',
  EnableNodeOptionsEnvironmentVariable:
    'NODE_OPTIONS could load any code into the main process before the app starts',
  EnableNodeCliInspectArguments:
    '--inspect would open a debugger port onto the main process, with all its rights',
  EnableEmbeddedAsarIntegrityValidation:
    'a changed app.asar would load without complaint (macOS and Windows check it)',
  OnlyLoadAppFromAsar:
    'Electron would also look for an unchecked app folder beside app.asar and run that instead',
  EnableCookieEncryption: 'cookies would be stored on disk in plain text',
  GrantFileProtocolExtraPrivileges:
    'file:// pages would keep privileges that Vantage, served from app://, never needs',
}

// The bytes of a fuse wire: '0', '1', and 'r' for a fuse Electron has removed.
const FUSE_OFF = 0x30
const FUSE_ON = 0x31
const FUSE_REMOVED = 0x72

const REQUIRED_FILES = [
  ['out/main/index.js', 'the main process'],
  ['out/preload/index.cjs', 'the preload script'],
  ['out/renderer/index.html', 'the renderer page'],
  ['package.json', 'package.json, which tells Electron where main is'],
]

/**
 * What the archive must not hold, each with the sentence that says why. Order matters: a path
 * is reported under the first rule it breaks only.
 * @type {ReadonlyArray<{ test: (path: string) => boolean, what: string, why: string }>}
 */
const FORBIDDEN = [
  {
    test: (path) => /(^|\/)node_modules(\/|$)/.test(path),
    what: 'node_modules',
    why: 'Vite bundles every library into out/, so nothing belongs in "dependencies" of package.json',
  },
  {
    test: (path) =>
      /^test(\/|$)/.test(path) ||
      /(^|\/)__tests__(\/|$)/.test(path) ||
      /\.(test|spec)\.[cm]?[jt]sx?$/.test(path),
    what: 'test files',
    why: 'tests are for the repository, not for users',
  },
  {
    test: (path) => /\.[cm]?tsx?$/.test(path),
    what: 'TypeScript sources',
    why: 'only the built JavaScript in out/ runs',
  },
  {
    test: (path) => /\.map$/.test(path),
    what: 'source maps',
    why: 'the build makes none, and shipping them would double the archive for nothing',
  },
  {
    test: (path) => path !== 'package.json' && path !== 'out' && !path.startsWith('out/'),
    what: 'files from outside out/',
    why: 'the builder config packs out/ and package.json only',
  },
]

/** The first few paths, and how many more, so a bad build stays readable. */
function sample(paths) {
  const shown = paths.slice(0, 3).join(', ')
  return paths.length > 3 ? `${shown} and ${paths.length - 3} more` : shown
}

/**
 * Problems with the contents of resources/app.asar, one sentence each; empty when it is right.
 * @param {readonly string[]} listing paths as @electron/asar lists them ('/out/main/index.js')
 * @returns {string[]}
 */
export function asarProblems(listing) {
  const paths = listing.map((entry) => entry.replace(/\\/g, '/').replace(/^\/+/, ''))
  const present = new Set(paths)
  const problems = []
  for (const [file, what] of REQUIRED_FILES) {
    if (!present.has(file)) {
      problems.push(`The archive has no ${file} (${what}): run npm run build before packaging.`)
    }
  }
  for (const kind of ['js', 'css']) {
    if (!paths.some((path) => new RegExp(`^out/renderer/assets/[^/]+\\.${kind}$`).test(path))) {
      problems.push(
        `The archive has no renderer ${kind.toUpperCase()} in out/renderer/assets: ` +
          'the page would load blank.',
      )
    }
  }
  const reported = new Set()
  for (const rule of FORBIDDEN) {
    const found = paths.filter((path) => !reported.has(path) && rule.test(path))
    if (found.length > 0) {
      found.forEach((path) => reported.add(path))
      problems.push(`The archive holds ${rule.what} (${sample(found)}): ${rule.why}.`)
    }
  }
  return problems
}

/** The files a double-click opens in Vantage, each with its MIME type and what it is called. */
const FILE_TYPES = [
  { extension: EXPECTED.sessionExtension, mimeType: EXPECTED.sessionMimeType, what: 'session' },
  { extension: EXPECTED.templateExtension, mimeType: EXPECTED.templateMimeType, what: 'template' },
]

/** Whether the shared-mime-info XML gives `mimeType` the glob `*.extension`, inside its own entry. */
function mapsGlob(mimeInfo, mimeType, extension) {
  if (mimeInfo === null) return false
  const entries = mimeInfo.matchAll(/<mime-type\s+type="([^"]*)"[^>]*>([\s\S]*?)<\/mime-type>/g)
  return [...entries].some(
    ([, type, body]) => type === mimeType && body.includes(`<glob pattern="*.${extension}"`),
  )
}

/**
 * Problems with how the unpacked Linux app would sit on a desktop, one sentence each.
 * @param {{
 *   appDir: ReadonlyArray<{ name: string, executable: boolean }>,
 *   iconSizes: readonly number[],
 *   desktopEntry: string,
 *   mimeInfo: string | null,
 * }} linux the app folder's top level, and what electron-builder would install beside it
 * @returns {string[]}
 */
export function linuxProblems({ appDir, iconSizes, desktopEntry, mimeInfo }) {
  const problems = []
  const { executable, productName } = EXPECTED
  const program = appDir.find((entry) => entry.name === executable)
  if (program === undefined) {
    const names = appDir.map((entry) => entry.name).join(', ')
    problems.push(`The app folder has no program named ${executable} (it holds ${names}).`)
  } else if (!program.executable) {
    problems.push(`The app folder's ${executable} is not executable.`)
  }
  if (!appDir.some((entry) => entry.name === 'resources')) {
    problems.push('The app folder has no resources folder for app.asar.')
  }
  const missing = EXPECTED.linuxIconSizes.filter((size) => !iconSizes.includes(size))
  if (missing.length > 0) {
    problems.push(
      `The Linux icon set lacks ${missing.map((size) => `${size}x${size}`).join(', ')}: ` +
        'run npm run icons.',
    )
  }
  const entry = new Map(
    desktopEntry
      .split('\n')
      .map((line) => /^([A-Za-z]+)=(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1], match[2]]),
  )
  if (entry.get('Name') !== productName) {
    problems.push(`The desktop entry names the app "${entry.get('Name')}", not ${productName}.`)
  }
  if (entry.get('Icon') !== executable) {
    problems.push(`The desktop entry's icon is "${entry.get('Icon')}", not ${executable}.`)
  }
  if (!/ %F$/.test(entry.get('Exec') ?? '')) {
    problems.push(
      `The desktop entry runs "${entry.get('Exec')}": it must end in %F, so that an opened ` +
        'file arrives as a path, which is what the main process reads.',
    )
  }
  const claimed = (entry.get('MimeType') ?? '').split(';')
  for (const { extension, mimeType, what } of FILE_TYPES) {
    if (!claimed.includes(mimeType)) {
      problems.push(
        `The desktop entry does not claim ${mimeType}, so double-clicking a ` +
          `.${extension} file would not open ${productName}.`,
      )
    }
    if (!mapsGlob(mimeInfo, mimeType, extension)) {
      problems.push(
        `No shared-mime-info entry maps *.${extension} to ${mimeType}, so the ` +
          `desktop would not know what a ${what} file is.`,
      )
    }
  }
  return problems
}

/**
 * Problems with the packaged program's fuses, one sentence each; empty when every fuse is set
 * as EXPECTED.fuses says.
 * @param {{ version: string, [fuse: number]: number | undefined }} wire as @electron/fuses' getCurrentFuseWire reads
 *   it: `version`, then each fuse's byte by its position
 * @returns {string[]}
 */
export function fuseProblems(wire) {
  if (String(wire.version) !== '1') {
    return [
      `The packaged program has fuse wire version ${wire.version}, which this check does not ` +
        'know: update @electron/fuses and these rules.',
    ]
  }
  const problems = []
  for (const [name, wanted] of Object.entries(EXPECTED.fuses)) {
    const byte = wire[FUSE_NAMES.indexOf(name)]
    const state = byte === FUSE_ON ? 'on' : byte === FUSE_OFF ? 'off' : null
    if (state === (wanted ? 'on' : 'off')) continue
    const found =
      byte === undefined
        ? 'missing from its fuse wire'
        : byte === FUSE_REMOVED
          ? 'removed from this Electron'
          : state === null
            ? `set to an unknown byte (${byte})`
            : state
    problems.push(
      `The packaged program's ${name} fuse is ${found}, not ${wanted ? 'on' : 'off'}: ` +
        `${FUSE_REASONS[name]}.`,
    )
  }
  return problems
}
