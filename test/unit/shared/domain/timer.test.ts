import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addMinute,
  createTimer,
  elapsed,
  formatClock,
  isTimeUp,
  pauseTimer,
  remaining,
  startTimer,
  toggleTimer,
  type StepTimer,
} from '@shared/domain'

const T0 = 1_700_000_000_000
const nowArb = fc.integer({ min: T0 - 10_000_000, max: T0 + 10_000_000 })
const timerArb: fc.Arbitrary<StepTimer> = fc.record({
  durationMs: fc.integer({ min: 0, max: 10_000_000 }),
  elapsedMs: fc.integer({ min: 0, max: 10_000_000 }),
  runningSince: fc.option(nowArb),
})
/** A timer after any sequence of start, pause, toggle and add-a-minute at increasing times. */
const actionArb = fc.tuple(
  fc.constantFrom('start', 'pause', 'toggle', 'minute'),
  fc.integer({ min: 0, max: 600_000 }),
)

describe('a timer', () => {
  it('starts paused with nothing elapsed', () => {
    const t = createTimer(300_000)
    expect(t).toEqual({ durationMs: 300_000, elapsedMs: 0, runningSince: null })
    expect(elapsed(t, T0)).toBe(0)
    expect(remaining(t, T0 + 5_000)).toBe(300_000)
    expect(isTimeUp(t, T0)).toBe(false)
  })

  it('counts while running and holds still while paused', () => {
    const running = startTimer(createTimer(60_000), T0)
    expect(elapsed(running, T0 + 10_000)).toBe(10_000)
    const paused = pauseTimer(running, T0 + 10_000)
    expect(paused).toEqual({ durationMs: 60_000, elapsedMs: 10_000, runningSince: null })
    expect(elapsed(paused, T0 + 99_000)).toBe(10_000)
    const again = startTimer(paused, T0 + 50_000)
    expect(remaining(again, T0 + 70_000)).toBe(30_000)
    expect(isTimeUp(again, T0 + 99_999)).toBe(false)
    expect(isTimeUp(again, T0 + 100_000)).toBe(true)
    expect(remaining(again, T0 + 110_000)).toBe(-10_000)
  })

  it('ignores start while running and pause while paused', () => {
    const running = startTimer(createTimer(60_000), T0)
    expect(startTimer(running, T0 + 5_000)).toEqual(running)
    const paused = createTimer(60_000)
    expect(pauseTimer(paused, T0)).toEqual(paused)
  })

  it('toggles between running and paused', () => {
    const running = toggleTimer(createTimer(60_000), T0)
    expect(running.runningSince).toBe(T0)
    const paused = toggleTimer(running, T0 + 3_000)
    expect(paused).toEqual({ durationMs: 60_000, elapsedMs: 3_000, runningSince: null })
  })

  it('adds a minute', () => {
    const t = startTimer(createTimer(60_000), T0)
    expect(addMinute(t)).toEqual({ ...t, durationMs: 120_000 })
    expect(t.durationMs).toBe(60_000)
  })

  it('counts no time for a run when the clock goes backwards', () => {
    const t = startTimer({ durationMs: 60_000, elapsedMs: 5_000, runningSince: null }, T0)
    expect(elapsed(t, T0 - 30_000)).toBe(5_000)
    expect(elapsed(pauseTimer(t, T0 - 30_000), T0 + 1_000)).toBe(5_000)
  })

  it('never reports negative elapsed time, and remaining + elapsed = duration', () => {
    fc.assert(
      fc.property(timerArb, nowArb, (t, now) => {
        expect(elapsed(t, now)).toBeGreaterThanOrEqual(0)
        expect(remaining(t, now) + elapsed(t, now)).toBe(t.durationMs)
        expect(isTimeUp(t, now)).toBe(remaining(t, now) <= 0)
      }),
    )
  })

  it('while running, never counts less at a later time', () => {
    fc.assert(
      fc.property(timerArb, nowArb, nowArb, nowArb, (t, since, a, b) => {
        const running = startTimer({ ...t, runningSince: null }, since)
        const [early, late] = a <= b ? [a, b] : [b, a]
        expect(elapsed(running, late)).toBeGreaterThanOrEqual(elapsed(running, early))
        expect(elapsed(running, late) - elapsed(running, early)).toBeLessThanOrEqual(late - early)
      }),
    )
  })

  it('keeps the elapsed time across a pause and a later start', () => {
    fc.assert(
      fc.property(
        timerArb,
        nowArb,
        fc.nat({ max: 1_000_000 }),
        fc.nat({ max: 1_000_000 }),
        (t, now, gapMs, runMs) => {
          const paused = pauseTimer(t, now)
          const before = elapsed(t, now)
          expect(elapsed(paused, now)).toBe(before)
          expect(elapsed(paused, now + gapMs)).toBe(before)
          const resumed = startTimer(paused, now + gapMs)
          expect(elapsed(resumed, now + gapMs)).toBe(before)
          expect(elapsed(resumed, now + gapMs + runMs)).toBe(before + runMs)
          expect(elapsed(pauseTimer(resumed, now + gapMs), now + gapMs + runMs)).toBe(before)
        },
      ),
    )
  })

  it('accumulates exactly the running time over any sequence of actions', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 20 }), (actions) => {
        let t = createTimer(60_000)
        let now = T0
        let expected = 0
        let minutes = 0
        for (const [action, wait] of actions) {
          if (t.runningSince !== null) expected += wait
          now += wait
          if (action === 'start') t = startTimer(t, now)
          if (action === 'pause') t = pauseTimer(t, now)
          if (action === 'toggle') t = toggleTimer(t, now)
          if (action === 'minute') {
            t = addMinute(t)
            minutes++
          }
          expect(elapsed(t, now)).toBe(expected)
        }
        expect(t.durationMs).toBe(60_000 * (1 + minutes))
      }),
    )
  })
})

describe('formatClock', () => {
  it.each<[number, string]>([
    [0, '0:00'],
    [1_000, '0:01'],
    [59_000, '0:59'],
    [60_000, '1:00'],
    [61_000, '1:01'],
    [600_000, '10:00'],
    [3_599_000, '59:59'],
    [3_600_000, '1:00:00'],
    [3_661_000, '1:01:01'],
    [36_000_000, '10:00:00'],
    [-1_000, '-0:01'],
    [-61_000, '-1:01'],
    [-3_600_000, '-1:00:00'],
    [59_001, '1:00'],
    [100, '0:01'],
    [-100, '0:00'],
    [-0, '0:00'],
    [Number.NaN, '0:00'],
  ])('%s ms -> %s', (ms, expected) => {
    expect(formatClock(ms)).toBe(expected)
  })

  it('reads back as the whole seconds, rounded up', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (ms) => {
        const text = formatClock(ms)
        expect(text).toMatch(/^-?(\d+:[0-5]\d|[1-9]\d*:[0-5]\d:[0-5]\d)$/)
        const negative = text.startsWith('-')
        const parts = text.replace('-', '').split(':').map(Number)
        const seconds = parts.reduce((acc, part) => acc * 60 + part, 0)
        expect(negative ? -seconds : seconds).toBe(Math.ceil(ms / 1000) || 0)
        expect(parts.length === 3).toBe(Math.abs(Math.ceil(ms / 1000)) >= 3600)
      }),
    )
  })

  it('reads 0:00 exactly when a timer runs out', () => {
    fc.assert(
      fc.property(timerArb, nowArb, (t, now) => {
        const text = formatClock(remaining(t, now))
        if (!isTimeUp(t, now)) expect(text === '0:00' || text.startsWith('-')).toBe(false)
        else expect(text === '0:00' || text.startsWith('-')).toBe(true)
      }),
    )
  })
})
