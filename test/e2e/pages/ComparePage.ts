/**
 * The compare tab as a facilitator uses it: its views by their links, the tables a person reads,
 * and the radar read back from where its markers are drawn, the way a viewer reads the chart.
 */
import type { Locator, Page } from '@playwright/test'

export type CompareViewName =
  'Radar' | 'Gaps ranked' | 'Disagreement' | 'Maps side by side' | 'Over time'

export class ComparePage {
  constructor(readonly page: Page) {}

  async openTab() {
    await this.page.getByRole('link', { name: 'Compare', exact: true }).click()
  }

  async show(view: CompareViewName) {
    await this.page
      .getByRole('navigation', { name: 'Compare views' })
      .getByRole('link', { name: view })
      .click()
  }

  table(name: string | RegExp): Locator {
    return this.page.getByRole('table', { name })
  }

  /** Each body row of a table as the texts of its cells, row header first. */
  async rows(table: Locator): Promise<string[][]> {
    return table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim()),
        ),
      )
  }

  /**
   * The level each series of a radar reaches on each axis, from the SVG geometry alone: a
   * marker's distance from the centre over the spokes' length, times 5. Null where no marker.
   */
  async radarLevels(chart: Locator): Promise<Record<string, (number | null)[]>> {
    return chart.evaluate((svg) => {
      const num = (el: Element, name: string) => Number(el.getAttribute(name))
      const spokes = [...svg.querySelectorAll('.radar-chart__spoke')]
      const first = spokes[0]
      if (!first) throw new Error('no spokes')
      const cx = num(first, 'x1')
      const cy = num(first, 'y1')
      const outer = Math.hypot(num(first, 'x2') - cx, num(first, 'y2') - cy)
      const result: Record<string, (number | null)[]> = {}
      for (const group of svg.querySelectorAll('[data-series]')) {
        const levels: (number | null)[] = spokes.map(() => null)
        for (const marker of group.querySelectorAll('.radar-series__marker')) {
          const x =
            marker.tagName === 'circle'
              ? num(marker, 'cx')
              : num(marker, 'x') + num(marker, 'width') / 2
          const y =
            marker.tagName === 'circle'
              ? num(marker, 'cy')
              : num(marker, 'y') + num(marker, 'height') / 2
          const turn = (Math.atan2(x - cx, -(y - cy)) + 2 * Math.PI) % (2 * Math.PI)
          const axis = Math.round((turn / (2 * Math.PI)) * spokes.length) % spokes.length
          levels[axis] = Math.round((Math.hypot(x - cx, y - cy) / outer) * 5 * 100) / 100
        }
        result[group.getAttribute('data-series') ?? ''] = levels
      }
      return result
    })
  }
}
