// Lint rules, and the borders between processes: what each folder may import.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = {
  group: ['node:*'],
  message: 'Node built-ins belong in electron/main/services, not here.',
}
const electronImports = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/ may import Electron.',
}
const platformLibs = (where) =>
  ['react', 'react-dom', 'dexie', 'zustand'].map((name) => ({
    group: [name, `${name}/*`],
    message: `${where} is platform-free: no ${name}.`,
  }))

export const borders = {
  shared: [nodeBuiltins, electronImports, ...platformLibs('shared/')],
  renderer: [
    nodeBuiltins,
    electronImports,
    {
      group: ['**/electron/**', '../electron/*'],
      message: 'The renderer reaches main only through renderer/src/platform.',
    },
    { group: ['dexie', 'dexie/*'], message: 'Only renderer/src/db imports dexie.' },
  ],
  rendererDb: [
    nodeBuiltins,
    electronImports,
    {
      group: ['**/electron/**'],
      message: 'The renderer reaches main only through renderer/src/platform.',
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
    files: ['electron/main/services/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: borders.mainServices }] },
  },
)
