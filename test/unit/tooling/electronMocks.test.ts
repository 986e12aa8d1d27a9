/**
 * The Electron tests share one module graph per worker (vitest.config.ts: `isolate: false`), so
 * a test file that mocks 'electron' must load the code under test itself, after
 * `vi.resetModules()`: a module reached by a static import could come from another file's graph,
 * built against that file's fake. This reads every such file and fails on a static import of
 * main or preload code that reaches 'electron', directly or through its own imports.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')
const testsDir = join(root, 'test/unit/electron')

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return testFiles(path)
    return name.endsWith('.ts') ? [path] : []
  })
}

/** The relative modules a file imports for their values (type-only imports carry no code). */
function valueImports(file: string): string[] {
  const source = readFileSync(file, 'utf8')
  const imports = source.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'([^']+)'/gm)
  return [...imports].map((m) => m[1]!)
}

function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null
  const base = resolve(dirname(from), specifier)
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) {
    try {
      if (statSync(candidate).isFile()) return candidate
    } catch {
      // not this one
    }
  }
  return null
}

/** Whether `file` imports 'electron', itself or through the project's modules it imports. */
function reachesElectron(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false
  seen.add(file)
  return valueImports(file).some((specifier) => {
    if (specifier === 'electron') return true
    const next = resolveModule(file, specifier)
    return next !== null && reachesElectron(next, seen)
  })
}

const mocking = testFiles(testsDir).filter((file) =>
  readFileSync(file, 'utf8').includes("vi.mock('electron'"),
)

describe('test files that mock electron', () => {
  it('are found', () => {
    expect(mocking.length).toBeGreaterThan(10)
  })

  it.each(mocking.map((file) => [relative(root, file), file]))(
    '%s loads no code that reaches electron through a static import',
    (_, file) => {
      const offending = valueImports(file)
        .map((specifier) => resolveModule(file, specifier))
        .filter((target): target is string => target !== null)
        .filter((target) => /\/electron\/(main|preload)\//.test(target))
        .filter((target) => reachesElectron(target))
        .map((target) => relative(root, target))
      expect(offending).toEqual([])
    },
  )
})

describe('the check itself', () => {
  it('sees electron behind a main module, and none behind a pure one', () => {
    expect(reachesElectron(join(root, 'electron/main/window.ts'))).toBe(true)
    expect(reachesElectron(join(root, 'electron/main/appIdentity.ts'))).toBe(false)
  })
})
