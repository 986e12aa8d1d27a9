import { describe, expect, it } from 'vitest'
import type { RecordChange } from '../../../../../renderer/src/db'
import { storageRefusalOf } from '../../../../../renderer/src/db/storageRefusal'
import {
  createWriteQueue,
  type WriteJob,
} from '../../../../../renderer/src/store/session/writeQueue'

const full = () => new DOMException('no space', 'QuotaExceededError')
const job = (n: number, workshopId = 'w1'): WriteJob => ({
  workshopId,
  changes: [{ table: 'cards', id: `c${n}` } as RecordChange],
})
const idOf = (j: WriteJob) => j.changes[0]!.id
const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

/** A disk that refuses while `refusing` is set, and a wait the test ends by hand. */
function harness() {
  const written: string[] = []
  const refusals: (string | null)[] = []
  const waits: number[] = []
  let endWait: () => void = () => {}
  const disk = { refusing: false, broken: new Set<string>() }
  const queue = createWriteQueue({
    async apply(j) {
      if (j.whole) return j.whole()
      await tick()
      if (disk.broken.has(idOf(j))) throw new Error('wrong in itself')
      if (disk.refusing) throw full()
      written.push(idOf(j))
    },
    refusalOf: storageRefusalOf,
    onRefusal: (refusal) => refusals.push(refusal),
    wait: (ms, signal) =>
      new Promise<void>((resolve) => {
        waits.push(ms)
        endWait = resolve
        signal.wake = resolve
      }),
    retryDelaysMs: [10, 20, 30],
  })
  return { queue, written, refusals, waits, disk, nextAttempt: () => endWait() }
}

describe('the write queue', () => {
  it('writes in the order the edits were made, each saved once on disk', async () => {
    const { queue, written } = harness()
    const outcomes = [1, 2, 3].map((n) => queue.push(job(n)))
    expect(await Promise.all(outcomes.map((o) => o.outcome))).toEqual([
      { kind: 'saved' },
      { kind: 'saved' },
      { kind: 'saved' },
    ])
    await Promise.all(outcomes.map((o) => o.durable))
    expect(written).toEqual(['c1', 'c2', 'c3'])
    expect(queue.unsaved()).toEqual([])
  })

  it('keeps a refused write and every later one, tries again, and saves them in order once the disk takes them', async () => {
    const { queue, written, refusals, waits, disk, nextAttempt } = harness()
    disk.refusing = true
    const first = queue.push(job(1))
    expect(await first.outcome).toEqual({ kind: 'kept' })
    expect(refusals).toEqual(['full'])
    const second = queue.push(job(2))
    expect(await second.outcome).toEqual({ kind: 'kept' })
    expect(queue.unsaved().map(idOf)).toEqual(['c1', 'c2'])

    nextAttempt()
    await tick()
    await tick()
    expect(written).toEqual([])
    expect(waits).toEqual([10, 20])

    disk.refusing = false
    nextAttempt()
    await Promise.all([first.durable, second.durable])
    expect(written).toEqual(['c1', 'c2'])
    expect(refusals.at(-1)).toBeNull()
    expect(queue.unsaved()).toEqual([])
  })

  it('waits longer between attempts, up to the last delay, and tries at once when asked', async () => {
    const { queue, waits, disk, nextAttempt } = harness()
    disk.refusing = true
    const kept = queue.push(job(1))
    await kept.outcome
    for (let i = 0; i < 4; i++) {
      nextAttempt()
      await tick()
      await tick()
    }
    expect(waits).toEqual([10, 20, 30, 30, 30])
    disk.refusing = false
    queue.retryNow()
    await kept.durable
  })

  it('hands back a write that is wrong in itself as failed, and goes on with the next', async () => {
    const { queue, written, disk } = harness()
    disk.broken.add('c1')
    const broken = queue.push(job(1))
    const next = queue.push(job(2))
    const outcome = await broken.outcome
    expect(outcome.kind).toBe('failed')
    await expect(broken.durable).rejects.toThrow('wrong in itself')
    await next.durable
    expect(written).toEqual(['c2'])
  })

  it('never drops a write it said was kept, even when a later attempt fails another way', async () => {
    const { queue, written, disk, nextAttempt } = harness()
    disk.refusing = true
    const kept = queue.push(job(1))
    expect(await kept.outcome).toEqual({ kind: 'kept' })
    disk.refusing = false
    disk.broken.add('c1')
    nextAttempt()
    await tick()
    await tick()
    expect(queue.unsaved().map(idOf)).toEqual(['c1'])
    disk.broken.clear()
    nextAttempt()
    await kept.durable
    expect(written).toEqual(['c1'])
  })

  it('lists what is not on disk yet for each workshop', async () => {
    const { queue, disk } = harness()
    disk.refusing = true
    await queue.push(job(1, 'w1')).outcome
    await queue.push(job(2, 'w2')).outcome
    expect(queue.unsaved().map((j) => j.workshopId)).toEqual(['w1', 'w2'])
  })

  it('drops the edits of a workshop whose whole write failed, and only those', async () => {
    const { queue, written } = harness()
    let fail!: (error: Error) => void
    const whole = queue.push({
      workshopId: 'w1',
      changes: [],
      whole: () => new Promise<void>((_, reject) => (fail = reject)),
    })
    const editOfIt = queue.push(job(1, 'w1'))
    const editOfAnother = queue.push(job(2, 'w2'))
    await tick()
    fail(new Error('a record id another workshop has'))
    expect((await whole.outcome).kind).toBe('failed')
    await expect(whole.durable).rejects.toThrow('another workshop')
    expect((await editOfIt.outcome).kind).toBe('failed')
    await expect(editOfIt.durable).rejects.toThrow('another workshop')
    await editOfAnother.durable
    expect(written).toEqual(['c2'])
  })
})
