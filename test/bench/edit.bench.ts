/**
 * Figure 2, edit to durable: a rating typed in the rate step (keydown) until the IndexedDB
 * transaction that put it completes, with the app's strict durability; p50 and p95 over 200
 * edits. Against a raw IndexedDB put of the same record with strict durability, in the same page.
 */
import { test } from '@playwright/test'
import type { Rating } from '@shared/domain'
import { median, percentile, report, RUNS } from './support/figures'
import { installProbes, probe, probeGrows } from './support/hooks'
import { BIG, importWorkshop, openRun, sessionFile } from './support/workshops'

const EDITS = 200

/** Raw puts of one record into a database of its own, each awaited to completion. */
async function rawPuts([record, edits]: [Rating, number]): Promise<number[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('bench-raw', 1)
    open.onupgradeneeded = () => open.result.createObjectStore('ratings', { keyPath: 'id' })
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
  const times: number[] = []
  for (let i = 0; i < edits; i++) {
    const start = performance.now()
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('ratings', 'readwrite', { durability: 'strict' })
      tx.objectStore('ratings').put({ ...record, value: 1 + (i % 5), updatedAt: Date.now() })
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    times.push(performance.now() - start)
  }
  db.close()
  return times
}

test('edit to durable', async ({ page }) => {
  const file = sessionFile(BIG)
  await installProbes(page)
  await importWorkshop(page, file)
  await openRun(page, file)
  const lens = file.snapshot.workshop.template.lenses[0]!.title
  await page.getByRole('button', { name: `${lens}: Rate today`, exact: true }).click()
  const people = file.snapshot.participants
  // The app writes nothing when the same score is chosen again: always type a different one.
  const lensId = file.snapshot.workshop.template.lenses[0]!.id
  const current = new Map<string, unknown>(
    file.snapshot.ratings
      .filter((r) => r.lensId === lensId && r.state === 'current')
      .map((r) => [r.participantId, r.value]),
  )

  const p50: number[] = []
  const p95: number[] = []
  const raw50: number[] = []
  const raw95: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const times: number[] = []
    for (let i = 0; i < EDITS; i++) {
      const person = people[i % people.length]!
      const was = current.get(person.id)
      const value = typeof was === 'number' && was < 5 ? was + 1 : 1
      current.set(person.id, value)
      const digit = String(value)
      // Not timed: moving the focus to the person's row, as the facilitator's hand does.
      await page.getByRole('button', { name: new RegExp(`^Rate ${person.name} 1:`) }).focus()
      const before = await probe(page)
      await page.keyboard.press(digit)
      await probeGrows(page, 'ratingCommits', before.ratingCommits.length)
      const after = await probe(page)
      times.push(after.ratingCommits.at(-1)! - after.inputs.at(-1)!)
    }
    p50.push(percentile(times, 50))
    p95.push(percentile(times, 95))
    const raw = await page.evaluate(rawPuts, [file.snapshot.ratings[0]!, EDITS] as [Rating, number])
    raw50.push(percentile(raw, 50))
    raw95.push(percentile(raw, 95))
  }
  report(
    'edit to durable p50',
    { value: median(p50), unit: 'ms' },
    { value: median(raw50), unit: 'ms' },
  )
  report(
    'edit to durable p95',
    { value: median(p95), unit: 'ms' },
    { value: median(raw95), unit: 'ms' },
  )
})
