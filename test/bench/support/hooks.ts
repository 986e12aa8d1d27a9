/**
 * Probes installed in the page before the app runs (as init scripts), read back by the figures:
 * when a key or click arrives, when the next frame after it is painted, and when a read-write
 * IndexedDB transaction that put a rating completes (with strict durability: on disk).
 */
import type { Page } from '@playwright/test'

interface Probe {
  inputs: number[]
  painted: number[]
  ratingCommits: number[]
}

declare global {
  interface Window {
    __bench: Probe
  }
}

export async function installProbes(page: Page) {
  await page.addInitScript(() => {
    const probe: Probe = { inputs: [], painted: [], ratingCommits: [] }
    window.__bench = probe
    // Input to next paint: the frame after the handler ran, then a task after that frame.
    const onInput = (event: Event) => {
      probe.inputs.push(event.timeStamp)
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => probe.painted.push(performance.now() - event.timeStamp)
        channel.port2.postMessage(null)
      })
    }
    window.addEventListener('keydown', onInput, true)
    window.addEventListener('click', onInput, true)

    const marked = new WeakSet<IDBTransaction>()
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      const tx = this.transaction
      if (this.name === 'ratings' && !marked.has(tx)) {
        marked.add(tx)
        tx.addEventListener('complete', () => probe.ratingCommits.push(performance.now()))
      }
      return put.apply(this, args)
    } as typeof put
  })
}

export async function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => window.__bench)
}

/** Waits until the probe's list `key` holds more than `count` entries. */
export async function probeGrows(page: Page, key: keyof Probe, count: number) {
  await page.waitForFunction(
    ([k, n]) => window.__bench[k as keyof Probe].length > (n as number),
    [key, count] as const,
    { polling: 'raf', timeout: 60_000 },
  )
}
