// Lint rules, and the borders between processes: what each folder may import.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { builtinModules } from 'node:module'

// Regexes, not gitignore-style groups: a group matches any path segment, so 'electron' would also
// forbid the renderer's own './electron' platform module.
const bareBuiltins = builtinModules.filter((name) => !name.startsWith('_')).join('|')
const nodeBuiltins = {
  // Bare names too ('fs', 'path/posix'): bundlers resolve them to the same built-ins.
  regex: `^(node:.*|(${bareBuiltins})(/.*)?)$`,
  message: 'Node built-ins belong in electron/main/services, not here.',
}
const electronImports = {
  regex: '^electron(/.*)?$',
  message: 'Only electron/ may import Electron.',
}
const intoElectronFolder = {
  regex: '^(\\.\\./)+electron(/|$)',
  message: 'The renderer reaches main only through renderer/src/platform.',
}
const platformLibs = (where) =>
  ['react', 'react-dom', 'dexie', 'zustand'].map((name) => ({
    regex: `^${name}(/.*)?$`,
    message: `${where} is platform-free: no ${name}.`,
  }))

export const borders = {
  shared: [nodeBuiltins, electronImports, ...platformLibs('shared/')],
  renderer: [
    nodeBuiltins,
    electronImports,
    intoElectronFolder,
    { regex: '^dexie(/.*)?$', message: 'Only renderer/src/db imports dexie.' },
  ],
  rendererDb: [nodeBuiltins, electronImports, intoElectronFolder],
  // The phone page is served to the room's phones: nothing of the facilitator's app but its text.
  phone: [
    nodeBuiltins,
    electronImports,
    intoElectronFolder,
    { regex: '^dexie(/.*)?$', message: 'The phone page keeps no database.' },
    {
      regex: '^(\\.\\./)+src/(?!i18n/locales/(en|de|fr)/phone$)',
      message: 'The phone page carries nothing of the facilitator’s app but its own text.',
    },
  ],
  mainServices: [electronImports],
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', { patterns: borders.shared }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: borders.renderer }],
    },
  },
  {
    files: ['renderer/src/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: borders.rendererDb }] },
  },
  {
    files: ['renderer/phone/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: borders.phone }] },
  },
  {
    files: ['electron/main/services/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: borders.mainServices }] },
  },
)
