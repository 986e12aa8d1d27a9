/** Axe over a rendered piece of the screen, the one way every renderer test asks it. */
import axe from 'axe-core'

/** Axe's findings, colour contrast aside: the test DOM does not lay out or paint. */
export async function axeViolations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)
}
