/**
 * The modules a bundle holds, read from the sources as the bundler reads them: from an entry,
 * every module it imports (a value import, or any import under verbatimModuleSyntax, which keeps
 * `import { type X }` as a load), and the ones it loads with `import()` unless the importing file
 * is one whose dynamic imports start a bundle of their own. Knows the renderer's `@shared` alias.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import ts from 'typescript'

const root = resolve(import.meta.dirname, '../..')

function resolveImport(from: string, specifier: string): string | null {
  let base: string
  if (specifier.startsWith('@shared/')) base = resolve(root, 'shared', specifier.slice(8))
  else if (specifier === '@shared') base = resolve(root, 'shared')
  else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier)
  else return null // a package: not ours to read
  const candidates = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((end) => base + end)
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null
}

interface Imports {
  loaded: string[]
  dynamic: string[]
}

function importsOf(file: string, text: string): Imports {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false)
  const imports: Imports = { loaded: [], dynamic: [] }
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly)
      imports.loaded.push((statement.moduleSpecifier as ts.StringLiteral).text)
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly)
      imports.loaded.push((statement.moduleSpecifier as ts.StringLiteral).text)
  }
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      imports.dynamic.push(node.arguments[0].text)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return imports
}

/**
 * Every TypeScript module reached from `entry`, with its text. `ownBundles` are files whose
 * `import()`s are not followed: what they load comes in a bundle of its own.
 */
export function modulesReachedFrom(
  entry: string,
  ownBundles: readonly string[] = [],
): Map<string, string> {
  const stopAt = new Set(ownBundles.map((file) => resolve(root, file)))
  const reached = new Map<string, string>()
  const waiting = [resolve(root, entry)]
  for (let file = waiting.pop(); file !== undefined; file = waiting.pop()) {
    if (reached.has(file)) continue
    const text = readFileSync(file, 'utf8')
    reached.set(file, text)
    const { loaded, dynamic } = importsOf(file, text)
    const followed = stopAt.has(file) ? loaded : [...loaded, ...dynamic]
    for (const specifier of followed) {
      const next = resolveImport(file, specifier)
      if (next && /\.tsx?$/.test(next)) waiting.push(next)
    }
  }
  return reached
}
