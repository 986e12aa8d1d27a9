/**
 * What React Flow needs from a browser that happy-dom does not give: ResizeObserver and
 * DOMMatrixReadOnly. Installed for the map editor's tests only, and taken away after them.
 */
import { afterAll, beforeAll } from 'vitest'

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

class IdentityMatrix {
  m22 = 1
  constructor(_transform?: string) {}
}

export function installFlowStubs() {
  const saved = { ro: globalThis.ResizeObserver, matrix: globalThis.DOMMatrixReadOnly }
  beforeAll(() => {
    globalThis.ResizeObserver = NoResizeObserver as unknown as typeof ResizeObserver
    globalThis.DOMMatrixReadOnly = IdentityMatrix as unknown as typeof DOMMatrixReadOnly
  })
  afterAll(() => {
    globalThis.ResizeObserver = saved.ro
    globalThis.DOMMatrixReadOnly = saved.matrix
  })
}
