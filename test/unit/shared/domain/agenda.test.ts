import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MAX_LENS_MINUTES,
  MIN_LENS_MINUTES,
  agendaFit,
  agendaSchedule,
  availableMinutes,
  clampMinutes,
  moveItem,
  parseClockTime,
  plannedMinutes,
  type AgendaItem,
} from '@shared/domain'

const agendaArb: fc.Arbitrary<AgendaItem[]> = fc.array(
  fc.record({ lensId: fc.string(), minutes: fc.integer({ min: 0, max: 300 }) }),
  { maxLength: 8 },
)
const minuteOfDayArb = fc.integer({ min: 0, max: 24 * 60 - 1 })
const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
/** Valid times most of the time, junk now and then. */
const timeTextArb = fc.oneof(
  { arbitrary: minuteOfDayArb.map(clock), weight: 4 },
  { arbitrary: fc.constantFrom('', '24:00', '9:5', 'noon', '12:60'), weight: 1 },
)

const item = (lensId: string, minutes: number): AgendaItem => ({ lensId, minutes })

describe('plannedMinutes', () => {
  it('adds up the timeboxes', () => {
    expect(plannedMinutes([])).toBe(0)
    expect(plannedMinutes([item('a', 30), item('b', 45)])).toBe(75)
  })
})

describe('parseClockTime', () => {
  it.each<[string, number | null]>([
    ['00:00', 0],
    ['09:05', 545],
    ['9:05', 545],
    ['23:59', 1439],
    ['12:30', 750],
    ['24:00', null],
    ['12:60', null],
    ['9:5', null],
    ['', null],
    ['123:00', null],
    ['-1:00', null],
    ['12:00:00', null],
    [' 12:00', null],
    ['1e1:00', null],
  ])('%j -> %s', (text, expected) => {
    expect(parseClockTime(text)).toBe(expected)
  })

  it('reads back every time of day it could be given', () => {
    fc.assert(
      fc.property(minuteOfDayArb, (minutes) => {
        expect(parseClockTime(clock(minutes))).toBe(minutes)
      }),
    )
  })
})

describe('availableMinutes', () => {
  it('is the time between start and end', () => {
    expect(availableMinutes('09:00', '12:30')).toBe(210)
    expect(availableMinutes('09:00', '09:00')).toBeNull()
    expect(availableMinutes('13:00', '09:00')).toBeNull()
    expect(availableMinutes('', '09:00')).toBeNull()
    expect(availableMinutes('09:00', '')).toBeNull()
  })
})

describe('agendaFit', () => {
  it('says how far over the agenda runs', () => {
    expect(agendaFit([item('a', 120), item('b', 120)], '09:00', '12:00')).toEqual({
      planned: 240,
      available: 180,
      overBy: 60,
      spare: 0,
    })
  })

  it('says how much time is spare', () => {
    expect(agendaFit([item('a', 60)], '09:00', '10:30')).toEqual({
      planned: 60,
      available: 90,
      overBy: 0,
      spare: 30,
    })
  })

  it('reports neither when the time available is unknown', () => {
    expect(agendaFit([item('a', 60)], '09:00', '')).toEqual({
      planned: 60,
      available: null,
      overBy: 0,
      spare: 0,
    })
  })

  it('plans the sum of the timeboxes, and is never both over and spare', () => {
    fc.assert(
      fc.property(agendaArb, timeTextArb, timeTextArb, (agenda, start, end) => {
        const fit = agendaFit(agenda, start, end)
        expect(fit.planned).toBe(agenda.reduce((sum, i) => sum + i.minutes, 0))
        expect(fit.available).toBe(availableMinutes(start, end))
        expect(fit.overBy).toBeGreaterThanOrEqual(0)
        expect(fit.spare).toBeGreaterThanOrEqual(0)
        expect(fit.overBy > 0 && fit.spare > 0).toBe(false)
        if (fit.available === null) {
          expect([fit.overBy, fit.spare]).toEqual([0, 0])
        } else {
          expect(fit.planned - fit.overBy + fit.spare).toBe(fit.available)
        }
      }),
    )
  })
})

describe('agendaSchedule', () => {
  it('gives the start time of each lens', () => {
    expect(agendaSchedule([item('a', 30), item('b', 45), item('c', 20)], '09:00')).toEqual([
      '09:00',
      '09:30',
      '10:15',
    ])
  })

  it('wraps past midnight', () => {
    expect(agendaSchedule([item('a', 90), item('b', 30)], '23:00')).toEqual(['23:00', '00:30'])
  })

  it('is empty for an invalid start', () => {
    expect(agendaSchedule([item('a', 30)], 'nine')).toEqual([])
    expect(agendaSchedule([], '09:00')).toEqual([])
  })

  it('starts each lens when the ones before it have had their time', () => {
    fc.assert(
      fc.property(agendaArb, minuteOfDayArb, (agenda, start) => {
        const schedule = agendaSchedule(agenda, clock(start))
        expect(schedule).toHaveLength(agenda.length)
        schedule.forEach((time, i) => {
          const before = plannedMinutes(agenda.slice(0, i))
          expect(parseClockTime(time)).toBe((start + before) % (24 * 60))
        })
      }),
    )
  })
})

describe('clampMinutes', () => {
  it.each<[number, number]>([
    [30, 30],
    [12.4, 12],
    [12.5, 13],
    [0, MIN_LENS_MINUTES],
    [-10, MIN_LENS_MINUTES],
    [1000, MAX_LENS_MINUTES],
    [Number.NaN, MIN_LENS_MINUTES],
    [Number.POSITIVE_INFINITY, MAX_LENS_MINUTES],
    [Number.NEGATIVE_INFINITY, MIN_LENS_MINUTES],
  ])('%s -> %s', (value, expected) => {
    expect(clampMinutes(value)).toBe(expected)
  })

  it('always gives whole minutes in range, and keeps those unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer({ min: -10, max: 300 })), (value) => {
        const m = clampMinutes(value)
        expect(Number.isInteger(m)).toBe(true)
        expect(m).toBeGreaterThanOrEqual(MIN_LENS_MINUTES)
        expect(m).toBeLessThanOrEqual(MAX_LENS_MINUTES)
        expect(clampMinutes(m)).toBe(m)
        if (Number.isInteger(value) && value >= MIN_LENS_MINUTES && value <= MAX_LENS_MINUTES) {
          expect(m).toBe(value)
        }
      }),
    )
  })
})

describe('moveItem', () => {
  it('moves an item forwards and backwards', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd'])
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c'])
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'b', 'c'])
  })

  it('clamps indices to the list', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 99)).toEqual(['b', 'c', 'a'])
    expect(moveItem(['a', 'b', 'c'], 99, -5)).toEqual(['c', 'a', 'b'])
    expect(moveItem([], 0, 1)).toEqual([])
  })

  it('leaves its input alone', () => {
    const list = ['a', 'b', 'c']
    const moved = moveItem(list, 0, 2)
    expect(list).toEqual(['a', 'b', 'c'])
    expect(moved).not.toBe(list)
  })

  const listAndIndicesArb = fc
    .uniqueArray(fc.integer(), { minLength: 1, maxLength: 12 })
    .chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.nat({ max: list.length - 1 }),
        fc.nat({ max: list.length - 1 }),
      ),
    )

  it('is a permutation that puts the item at `to` and keeps the others in order', () => {
    fc.assert(
      fc.property(listAndIndicesArb, ([list, from, to]) => {
        const moved = moveItem(list, from, to)
        expect([...moved].sort((a, b) => a - b)).toEqual([...list].sort((a, b) => a - b))
        expect(moved[to]).toBe(list[from])
        expect(moved.filter((x) => x !== list[from])).toEqual(list.filter((_, i) => i !== from))
      }),
    )
  })

  it('is undone by the opposite move', () => {
    fc.assert(
      fc.property(listAndIndicesArb, ([list, from, to]) => {
        expect(moveItem(moveItem(list, from, to), to, from)).toEqual(list)
      }),
    )
  })
})
