/**
 * Figure 1, cold start: a new tab navigating to the home screen until the list shows all 50
 * stored workshops, against a new tab navigating to a bare Vite + React page until its one
 * element is there. Both come from the same `vite preview` server in the same browser, with the
 * same (warm) HTTP cache; times are from navigation start, read in the page at a frame.
 */
import { test } from '@playwright/test'
import type { WorkshopSnapshot } from '@shared/domain'
import { bigWorkshop } from '../support/bigWorkshop'
import { median, report, RUNS } from './support/figures'
import { renderedAt } from './support/workshops'

const STORED = 50

/** Writes whole workshops straight into the app's IndexedDB tables (renderer/src/db/database.ts). */
async function store(snapshots: WorkshopSnapshot[]) {
  const tables = ['workshops', 'participants', 'ratings', 'consensus', 'cards', 'gapNotes']
  const all = [...tables, 'bets', 'votes']
  await new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('vantage')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const tx = open.result.transaction(all, 'readwrite')
      for (const s of snapshots) {
        tx.objectStore('workshops').put(s.workshop)
        for (const name of all.slice(1))
          for (const record of s[name as keyof Omit<WorkshopSnapshot, 'workshop'>])
            tx.objectStore(name).put(record)
      }
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    }
  })
}

test('cold start', async ({ page, context }) => {
  await page.goto('/#/')
  await page.getByRole('heading', { level: 1, name: 'Workshops' }).waitFor()
  const snapshots = Array.from({ length: STORED }, (_, i) =>
    bigWorkshop({ seed: 100 + i, participants: 8, cards: 30, bets: 6, title: `Offsite ${i + 1}` }),
  )
  await page.evaluate(store, snapshots)
  await page.close()

  const app: number[] = []
  const bare: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const tab = await context.newPage()
    await tab.goto('/#/')
    app.push(await renderedAt(tab, '.workshop-list > li', STORED))
    await tab.close()
    const other = await context.newPage()
    await other.goto('/bench-bare/index.html')
    bare.push(await renderedAt(other, 'h1'))
    await other.close()
  }
  report(
    'cold start, home with 50 workshops',
    { value: median(app), unit: 'ms' },
    { value: median(bare), unit: 'ms' },
  )
})
