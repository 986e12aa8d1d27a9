/**
 * The e2e `test`: every page is offline by construction. Any request that would leave
 * 127.0.0.1 is aborted and fails the test, and `axe` checks a screen against WCAG 2.1 AA.
 */
import { test as base, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

const LOCAL_PROTOCOLS = new Set(['data:', 'blob:', 'about:'])

function isLocal(url: URL): boolean {
  return LOCAL_PROTOCOLS.has(url.protocol) || url.hostname === '127.0.0.1'
}

interface Fixtures {
  /** Runs axe on the page as it is now and fails on any violation. */
  expectAccessible: (page?: Page) => Promise<void>
}

export const test = base.extend<Fixtures>({
  context: async ({ context }, use) => {
    const escaped: string[] = []
    await context.route(
      (url) => !isLocal(url),
      async (route) => {
        escaped.push(route.request().url())
        await route.abort('blockedbyclient')
      },
    )
    await use(context)
    expect(escaped, 'requests that tried to leave 127.0.0.1').toEqual([])
  },
  expectAccessible: async ({ page }, use) => {
    await use(async (target = page) => {
      const results = await new AxeBuilder({ page: target })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      )
      expect(summary, 'axe violations').toEqual([])
    })
  },
})

export { expect }
