// The package check's rules, shown failing on bad listings: a check that cannot fail proves
// nothing when `npm run test:package` passes.
import { describe, expect, it } from 'vitest'
import {
  EXPECTED,
  asarProblems,
  linuxProblems,
} from '../../../scripts/packaging/inspectPackage.mjs'

/** A listing as @electron/asar gives it for a good build: directories too, leading slashes. */
const goodListing = [
  '/out',
  '/out/main',
  '/out/main/index.js',
  '/out/preload',
  '/out/preload/index.cjs',
  '/out/renderer',
  '/out/renderer/assets',
  '/out/renderer/assets/index-abc123.js',
  '/out/renderer/assets/index-def456.css',
  '/out/renderer/index.html',
  '/package.json',
]

describe('asarProblems', () => {
  it('finds nothing wrong with a clean build', () => {
    expect(asarProblems(goodListing)).toEqual([])
  })

  it('reads Windows-style listings the same way', () => {
    expect(asarProblems(goodListing.map((entry) => entry.replace(/\//g, '\\')))).toEqual([])
  })

  it('names a missing preload script', () => {
    const problems = asarProblems(goodListing.filter((entry) => !entry.includes('preload')))
    expect(problems).toEqual([
      'The archive has no out/preload/index.cjs (the preload script): run npm run build before packaging.',
    ])
  })

  it('names missing renderer assets and a missing package.json', () => {
    const problems = asarProblems(
      goodListing.filter((entry) => !entry.includes('assets/') && entry !== '/package.json'),
    )
    expect(problems).toHaveLength(3)
    expect(problems[0]).toMatch(/no package\.json/)
    expect(problems[1]).toMatch(/no renderer JS/)
    expect(problems[2]).toMatch(/no renderer CSS/)
  })

  it('refuses test files wherever they are', () => {
    const problems = asarProblems([
      ...goodListing,
      '/test/unit/shared/lens.test.ts',
      '/out/main/window.spec.js',
    ])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(
      /^The archive holds test files \(test\/unit\/shared\/lens\.test\.ts, /,
    )
  })

  it('refuses source maps', () => {
    expect(asarProblems([...goodListing, '/out/renderer/assets/index-abc123.js.map'])).toEqual([
      'The archive holds source maps (out/renderer/assets/index-abc123.js.map): the build makes none, and shipping them would double the archive for nothing.',
    ])
  })

  it('refuses node_modules, so no library ships beside its bundled copy', () => {
    const problems = asarProblems([
      ...goodListing,
      '/node_modules',
      '/node_modules/react',
      '/node_modules/react/index.js',
      '/node_modules/react/package.json',
      '/node_modules/zod/index.js',
    ])
    expect(problems).toEqual([
      'The archive holds node_modules (node_modules, node_modules/react, node_modules/react/index.js and 2 more): Vite bundles every library into out/, so nothing belongs in "dependencies" of package.json.',
    ])
  })

  it('refuses TypeScript sources and anything else from outside out/', () => {
    const problems = asarProblems([
      ...goodListing,
      '/shared/domain/lens.ts',
      '/renderer/src/App.tsx',
      '/README.md',
    ])
    expect(problems).toEqual([
      'The archive holds TypeScript sources (shared/domain/lens.ts, renderer/src/App.tsx): only the built JavaScript in out/ runs.',
      'The archive holds files from outside out/ (README.md): the builder config packs out/ and package.json only.',
    ])
  })
})

describe('linuxProblems', () => {
  const good = {
    appDir: [
      { name: 'vantage', executable: true },
      { name: 'resources', executable: false },
      { name: 'LICENSE.electron.txt', executable: false },
    ],
    iconSizes: EXPECTED.linuxIconSizes,
    desktopEntry: [
      '[Desktop Entry]',
      'Name=Vantage',
      'Exec=/opt/Vantage/vantage %F',
      'Icon=vantage',
      'MimeType=application/x-vantage;application/x-vantage-template;',
      'Categories=Office;',
    ].join('\n'),
    mimeInfo: [
      '<mime-info>',
      '<mime-type type="application/x-vantage"><glob pattern="*.vantage"/></mime-type>',
      '<mime-type type="application/x-vantage-template">',
      '  <glob pattern="*.vantage-template"/>',
      '</mime-type>',
      '</mime-info>',
    ].join('\n'),
  }

  it('finds nothing wrong with a good app folder and desktop entry', () => {
    expect(linuxProblems(good)).toEqual([])
  })

  it('names a program left as electron, or not executable', () => {
    expect(
      linuxProblems({ ...good, appDir: [{ name: 'electron', executable: true }, good.appDir[1]!] }),
    ).toEqual(['The app folder has no program named vantage (it holds electron, resources).'])
    expect(
      linuxProblems({ ...good, appDir: [{ name: 'vantage', executable: false }, good.appDir[1]!] }),
    ).toEqual(["The app folder's vantage is not executable."])
  })

  it('names missing icon sizes', () => {
    expect(linuxProblems({ ...good, iconSizes: [256, 512] })).toEqual([
      'The Linux icon set lacks 16x16, 24x24, 32x32, 48x48, 64x64, 128x128, 1024x1024: run npm run icons.',
    ])
  })

  it('names a desktop entry that would not open session files', () => {
    const problems = linuxProblems({
      ...good,
      desktopEntry: good.desktopEntry
        .replace('%F', '%U')
        .replace('MimeType=application/x-vantage;application/x-vantage-template;', ''),
      mimeInfo: null,
    })
    expect(problems).toHaveLength(5)
    expect(problems[0]).toMatch(/must end in %F/)
    expect(problems[1]).toMatch(/does not claim application\/x-vantage,/)
    expect(problems[2]).toMatch(/No shared-mime-info entry maps \*\.vantage to/)
    expect(problems[3]).toMatch(
      /does not claim application\/x-vantage-template, .*\.vantage-template/,
    )
    expect(problems[4]).toMatch(/No shared-mime-info entry maps \*\.vantage-template to/)
  })

  it('names a desktop entry that would open session files but not templates', () => {
    expect(
      linuxProblems({
        ...good,
        desktopEntry: good.desktopEntry.replace('application/x-vantage-template;', ''),
        mimeInfo:
          '<mime-info><mime-type type="application/x-vantage"><glob pattern="*.vantage"/></mime-type></mime-info>',
      }),
    ).toEqual([
      'The desktop entry does not claim application/x-vantage-template, so double-clicking a .vantage-template file would not open Vantage.',
      'No shared-mime-info entry maps *.vantage-template to application/x-vantage-template, so the desktop would not know what a template file is.',
    ])
  })

  it('wants each glob inside its own MIME type’s entry', () => {
    const swapped = good.mimeInfo
      .replace('*.vantage"', '*.SWAP"')
      .replace('*.vantage-template"', '*.vantage"')
      .replace('*.SWAP"', '*.vantage-template"')
    expect(linuxProblems({ ...good, mimeInfo: swapped })).toEqual([
      'No shared-mime-info entry maps *.vantage to application/x-vantage, so the desktop would not know what a session file is.',
      'No shared-mime-info entry maps *.vantage-template to application/x-vantage-template, so the desktop would not know what a template file is.',
    ])
  })
})
