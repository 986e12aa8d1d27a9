// The installer configuration: the app's identity, what the archive may hold, the session and
// template file associations and the icons each platform is pointed at. `npm run test:package` then builds from
// the same file for real.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import config, {
  APP_ID,
  OUTPUT_DIR,
  PRODUCT_NAME,
  SESSION_EXTENSION,
  SESSION_MIME_TYPE,
  TEMPLATE_EXTENSION,
  TEMPLATE_MIME_TYPE,
} from '../../../electron-builder.config.ts'
import { EXPECTED } from '../../../scripts/packaging/inspectPackage.mjs'
import * as mainIdentity from '../../../electron/main/appIdentity'
import {
  SESSION_EXTENSION as MAIN_SESSION_EXTENSION,
  TEMPLATE_EXTENSION as MAIN_TEMPLATE_EXTENSION,
} from '../../../electron/main/fileOpens'
import { TEMPLATE_FILE_EXTENSION } from '../../../shared/schema/templateFile'

const root = path.resolve(import.meta.dirname, '../../..')
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string
  dependencies?: Record<string, string>
  scripts: Record<string, string>
}

describe('electron-builder.config.ts', () => {
  it('gives the app its stable identity', () => {
    expect(APP_ID).toBe('app.vantage.desktop')
    expect(PRODUCT_NAME).toBe('Vantage')
    expect(config.appId).toBe(APP_ID)
    expect(config.productName).toBe(PRODUCT_NAME)
  })

  it('gives the installers the identity and file type the running app uses', () => {
    expect(mainIdentity.APP_ID).toBe(APP_ID)
    expect(mainIdentity.PRODUCT_NAME).toBe(PRODUCT_NAME)
    expect(MAIN_SESSION_EXTENSION).toBe(`.${SESSION_EXTENSION}`)
    expect(MAIN_TEMPLATE_EXTENSION).toBe(`.${TEMPLATE_EXTENSION}`)
    expect(TEMPLATE_FILE_EXTENSION).toBe(TEMPLATE_EXTENSION)
  })

  it('packs the build and package.json only, and package.json has nothing else to pull in', () => {
    expect(config.files).toEqual([
      'out/main/**/*',
      'out/preload/**/*',
      'out/renderer/**/*',
      'package.json',
      '!**/*.map',
    ])
    expect(manifest.main).toBe('out/main/index.js')
    // Any runtime dependency would be copied into the archive beside Vite's bundle of it.
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(config.npmRebuild).toBe(false)
  })

  it('opens .vantage session files and .vantage-template template files', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: SESSION_EXTENSION,
        name: 'Vantage session',
        role: 'Editor',
        mimeType: SESSION_MIME_TYPE,
      }),
      expect.objectContaining({
        ext: TEMPLATE_EXTENSION,
        name: 'Vantage template',
        role: 'Editor',
        mimeType: TEMPLATE_MIME_TYPE,
      }),
    ])
    expect(SESSION_MIME_TYPE).toBe('application/x-vantage')
    expect(TEMPLATE_MIME_TYPE).toBe('application/x-vantage-template')
  })

  it('holds the package check to the same names', () => {
    expect(EXPECTED).toMatchObject({
      productName: PRODUCT_NAME,
      executable: config.linux?.executableName,
      sessionExtension: SESSION_EXTENSION,
      sessionMimeType: SESSION_MIME_TYPE,
      templateExtension: TEMPLATE_EXTENSION,
      templateMimeType: TEMPLATE_MIME_TYPE,
    })
  })

  it('points every platform at an icon file that exists', () => {
    const icons = [
      config.linux?.icon,
      config.win?.icon,
      config.nsis?.installerIcon,
      config.nsis?.uninstallerIcon,
      config.mac?.icon,
    ]
    for (const icon of icons) {
      expect(icon, 'an icon setting').toEqual(expect.any(String))
      expect(existsSync(path.join(root, icon as string)), `${icon} exists`).toBe(true)
    }
    // Each file association's icon resolves to build/icon.icns and build/icon.ico.
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ icon: 'icon' }),
      expect.objectContaining({ icon: 'icon' }),
    ])
    expect(config.directories?.buildResources).toBe('build')
  })

  it('builds an installer for each platform into the ignored output folder', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['universal'] }])
    expect(OUTPUT_DIR).toBe('dist')
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8').split('\n')).toContain('dist/')
  })
})

describe('package.json scripts', () => {
  it('build installers from this config, after a fresh build', () => {
    for (const name of ['dist', 'dist:linux', 'dist:win', 'dist:mac']) {
      expect(manifest.scripts[name], name).toMatch(
        /^npm run build && electron-builder --config electron-builder\.config\.ts/,
      )
    }
  })

  it('check the package in npm test, after the build and before the browser tests', () => {
    expect(manifest.scripts['test']).toBe(
      'npm run check && npm run build && npm run test:package && npm run test:e2e',
    )
    expect(manifest.scripts['test:package']).toBe('node scripts/packaging/checkPackage.mjs')
  })
})
