// The stylesheets keep to selectors Chromium can invalidate narrowly. A sibling combinator
// followed by the universal selector (`> * + *`, `h2 ~ *`) makes any change among those children
// restyle everything after it: on the reveal step that was the whole cards board, ~1,200 nodes,
// on each card pick-up and drop of a big workshop.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const styles = path.resolve(import.meta.dirname, '../../../renderer/src/ui/styles')
const sheets = readdirSync(styles).filter((name) => name.endsWith('.css'))

/** The selectors of a stylesheet's rules, comments removed. */
function selectorsOf(css: string): string[] {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '')
  return [...bare.matchAll(/([^{}]+)\{/g)].flatMap((m) =>
    m[1]!
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s && !s.startsWith('@')),
  )
}

const universalSibling = /[+~]\s*\*/

describe('stylesheet selectors', () => {
  it('finds the selectors of a sheet, and would catch a universal sibling rule', () => {
    const found = selectorsOf('/* a + * */ .a > * + * { margin: 0 } .b, .c ~ .d { color: red }')
    expect(found).toEqual(['.a > * + *', '.b', '.c ~ .d'])
    expect(found.filter((s) => universalSibling.test(s))).toEqual(['.a > * + *'])
  })

  it.each(sheets)('%s has no sibling combinator before a universal selector', (name) => {
    const selectors = selectorsOf(readFileSync(path.join(styles, name), 'utf8'))
    expect(selectors.filter((s) => universalSibling.test(s))).toEqual([])
  })
})
