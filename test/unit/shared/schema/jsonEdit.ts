/** Typed edits of a parsed JSON document, for tests that break one thing in a session file. */

export type JsonPath = readonly (string | number)[]
export type JsonDoc = Record<string, unknown>

/** Marks a field to delete rather than set. */
export const REMOVE = Symbol('remove')

function container(doc: unknown, path: JsonPath): Record<string | number, unknown> {
  let current = doc
  for (const key of path) current = (current as Record<string | number, unknown>)[key]
  if (typeof current !== 'object' || current === null)
    throw new Error(`nothing to edit at ${path.join('.')}`)
  return current as Record<string | number, unknown>
}

/** Sets (or with REMOVE deletes) the value at `path`, in place; returns the document. */
export function edit<T>(doc: T, path: JsonPath, value: unknown): T {
  const parent = container(doc, path.slice(0, -1))
  const key = path[path.length - 1]!
  if (value === REMOVE) delete parent[key]
  else parent[key] = value
  return doc
}

/** The value at `path`. */
export function at(doc: unknown, path: JsonPath): unknown {
  return path.length === 0 ? doc : container(doc, path.slice(0, -1))[path[path.length - 1]!]
}

/** The list at `path`, to change it in place. */
export function list(doc: unknown, path: JsonPath): JsonDoc[] {
  const value = at(doc, path)
  if (!Array.isArray(value)) throw new Error(`no list at ${path.join('.')}`)
  return value as JsonDoc[]
}
