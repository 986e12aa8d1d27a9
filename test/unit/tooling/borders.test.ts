/**
 * The borders between processes, as eslint.config.js draws them: each folder may import only
 * what its process can run. Linted through ESLint's Node API with the project's own config.
 */
import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')
const RULE = 'no-restricted-imports'

let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: root })
}, 30_000)

interface Lint {
  restricted: string[]
  other: string[]
}

/** Lints a one-import module as if it lived at `file`, splitting border errors from the rest. */
async function lintImport(file: string, specifier: string): Promise<Lint> {
  const code = `import { thing } from '${specifier}'\nexport const x = thing\n`
  const results = await eslint.lintText(code, { filePath: resolve(root, file) })
  expect(results).toHaveLength(1)
  const messages = results[0]!.messages
  return {
    restricted: messages.filter((m) => m.ruleId === RULE && m.severity === 2).map((m) => m.message),
    other: messages
      .map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`)
      .filter((m) => !m.startsWith(`${RULE}:`)),
  }
}

async function expectBlocked(file: string, specifier: string): Promise<void> {
  const lint = await lintImport(file, specifier)
  expect(lint.other).toEqual([])
  // Several groups may match one import (e.g. a path into electron/); one error is enough.
  expect(lint.restricted.length, `${file} importing '${specifier}'`).toBeGreaterThan(0)
}

async function expectAllowed(file: string, specifier: string): Promise<void> {
  const lint = await lintImport(file, specifier)
  expect(lint.other).toEqual([])
  expect(lint.restricted, `${file} importing '${specifier}'`).toEqual([])
}

describe('import borders', { timeout: 30_000 }, () => {
  it('the file names used here are linted with the project config', async () => {
    for (const file of [
      'shared/domain/x.ts',
      'renderer/src/features/x.tsx',
      'renderer/src/db/x.ts',
      'electron/main/services/x.ts',
    ]) {
      expect(await eslint.isPathIgnored(resolve(root, file))).toBe(false)
      const config = (await eslint.calculateConfigForFile(resolve(root, file))) as {
        rules?: Record<string, unknown>
      }
      expect(config.rules?.[RULE], file).toBeDefined()
    }
  })

  describe('shared/ is platform-free', () => {
    it.each([
      'node:fs',
      'node:path',
      'fs',
      'path/posix',
      'electron',
      'react',
      'react-dom/client',
      'dexie',
      'zustand',
      'zustand/middleware',
    ])('shared/domain/x.ts may not import %s', async (specifier) => {
      await expectBlocked('shared/domain/x.ts', specifier)
    })

    it.each(['shared/schema/x.ts', 'shared/x.ts'])('the border covers %s too', async (file) => {
      await expectBlocked(file, 'electron')
    })

    it('shared/ may import zod and its own modules', async () => {
      await expectAllowed('shared/domain/x.ts', 'zod')
      await expectAllowed('shared/schema/x.ts', '../domain/workshop')
    })

    it('a clean shared file has no lint problems at all', async () => {
      const code = "import { z } from 'zod'\n\nexport const name = z.string().trim().min(1)\n"
      const [result] = await eslint.lintText(code, {
        filePath: resolve(root, 'shared/schema/x.ts'),
      })
      expect(result!.messages).toEqual([])
    })

    it('the example from the brief fails for the right reason', async () => {
      const code = "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n"
      const [result] = await eslint.lintText(code, {
        filePath: resolve(root, 'shared/domain/x.ts'),
      })
      expect(result!.messages.map((m) => m.ruleId)).toEqual([RULE])
      expect(result!.errorCount).toBe(1)
    })
  })

  describe('the renderer reaches the platform only through renderer/src/platform', () => {
    it.each([
      'electron',
      'node:path',
      'crypto',
      '../../../electron/main/index',
      '../../../electron/preload/index',
      'dexie',
    ])('renderer/src/features/x.tsx may not import %s', async (specifier) => {
      await expectBlocked('renderer/src/features/x.tsx', specifier)
    })

    it('says to go through renderer/src/platform when reaching into electron/', async () => {
      const lint = await lintImport('renderer/src/features/x.tsx', '../../../electron/main/index')
      expect(lint.restricted.some((m) => m.includes('renderer/src/platform'))).toBe(true)
    })

    it.each(['react', 'zustand', '@shared/domain', '../../platform'])(
      'renderer/src/features/x.tsx may import %s',
      async (specifier) => {
        await expectAllowed('renderer/src/features/x.tsx', specifier)
      },
    )
  })

  describe('renderer/src/db', () => {
    it('may import dexie', async () => {
      await expectAllowed('renderer/src/db/x.ts', 'dexie')
    })

    it.each(['electron', 'node:fs', '../../../electron/main/index'])(
      'may not import %s',
      async (specifier) => {
        await expectBlocked('renderer/src/db/x.ts', specifier)
      },
    )
  })

  describe('electron/main/services', () => {
    it('may not import electron', async () => {
      await expectBlocked('electron/main/services/x.ts', 'electron')
    })

    it('may import node built-ins', async () => {
      await expectAllowed('electron/main/services/x.ts', 'node:fs')
    })
  })
})
