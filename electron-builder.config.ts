/**
 * How the installers are built (electron-builder): the app's identity, what goes into the
 * archive, the icons, the `.vantage` and `.vantage-template` file associations, and one target
 * per operating system. `npm run dist*` pass this file with `--config`; `npm run test:package`
 * builds from it too.
 */
import type { Configuration } from 'electron-builder'

/** Windows and macOS file the app, its shortcuts and its documents under this id: never change it. */
export const APP_ID = 'app.vantage.desktop'
export const PRODUCT_NAME = 'Vantage'
export const SESSION_EXTENSION = 'vantage'
export const SESSION_MIME_TYPE = 'application/x-vantage'
export const TEMPLATE_EXTENSION = 'vantage-template'
export const TEMPLATE_MIME_TYPE = 'application/x-vantage-template'
/** Where installers are written; git, eslint and prettier ignore it. */
export const OUTPUT_DIR = 'dist'

// A Debian package must name a maintainer and a homepage, and Windows shows a publisher. Vantage
// has no public address yet, so these say so rather than invent one (`.invalid` never resolves).
const AUTHOR = { name: 'Vantage', email: 'maintainers@vantage.invalid' }
const HOMEPAGE = 'https://vantage.invalid/'
/**
 * Electron on Linux names its windows after package.json's desktopName (else
 * `${productName}.desktop`); the desktop entry must carry the same name for a desktop to put
 * the running window under Vantage's icon.
 */
const DESKTOP_NAME = 'vantage.desktop'

/**
 * Electron's fuses, flipped in the packaged program after packing and before signing, so the
 * OS's signature check keeps them so. Off: running as plain Node.js, NODE_OPTIONS, the --inspect
 * flags and file:// privileges, none of which Vantage uses and each a way to run other code
 * with the app's rights. On: app.asar's integrity check (macOS, Windows), loading the app from
 * app.asar only, and encrypted cookies.
 */
export const ELECTRON_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
} as const satisfies NonNullable<Configuration['electronFuses']>

const config: Configuration = {
  appId: APP_ID,
  productName: PRODUCT_NAME,
  copyright: 'Copyright © Vantage',
  directories: { output: OUTPUT_DIR, buildResources: 'build' },
  // Vite bundles every library into out/, so the archive needs nothing else: package.json has no
  // runtime dependencies, and electron-builder copies node_modules only for those.
  files: ['out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*', 'package.json', '!**/*.map'],
  asar: true,
  electronFuses: ELECTRON_FUSES,
  // Written into the archive's package.json only; the repository's stays as it is.
  extraMetadata: { author: AUTHOR, homepage: HOMEPAGE, desktopName: DESKTOP_NAME },
  // No native modules to rebuild; @electron/rebuild also wants a newer Node than we run.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  // Installers are handed over by hand; nothing is uploaded and no update feed is written.
  publish: null,
  fileAssociations: [
    {
      ext: SESSION_EXTENSION,
      name: 'Vantage session',
      description: 'Vantage session',
      role: 'Editor',
      mimeType: SESSION_MIME_TYPE,
      // build/icon.icns on macOS, build/icon.ico on Windows; Linux has no per-type icon here.
      icon: 'icon',
    },
    {
      ext: TEMPLATE_EXTENSION,
      name: 'Vantage template',
      description: 'Vantage workshop template',
      role: 'Editor',
      mimeType: TEMPLATE_MIME_TYPE,
      icon: 'icon',
    },
  ],
  linux: {
    target: ['AppImage', 'deb'],
    // The set of PNGs that `npm run icons` renders, so nothing is converted at build time.
    icon: 'build/icons',
    category: 'Office',
    executableName: 'vantage',
    syncDesktopName: true,
    synopsis: 'Offline workshops on a product operating model',
  },
  deb: {
    packageName: 'vantage',
    // %F hands a double-clicked file over as a path, which is what main reads from argv; the
    // default %U may hand over a file:// URL. (The AppImage's own entry always says %U.)
    executableArgs: ['%F'],
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icon.ico',
  },
  nsis: {
    // Per-user by default, so a facilitator without administrator rights can install it.
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    installerIcon: 'build/icon.ico',
    uninstallerIcon: 'build/icon.ico',
    shortcutName: PRODUCT_NAME,
    artifactName: '${productName}-Setup-${version}.${ext}',
  },
  mac: {
    target: [{ target: 'dmg', arch: ['universal'] }],
    icon: 'build/icon.icns',
    category: 'public.app-category.productivity',
    // Not notarised: ad-hoc signing ('-') is what lets Apple-silicon Macs start the app at all,
    // and the hardened runtime would need entitlements that only matter for notarisation.
    identity: '-',
    hardenedRuntime: false,
  },
  dmg: { artifactName: '${productName}-${version}.${ext}' },
}

export default config
