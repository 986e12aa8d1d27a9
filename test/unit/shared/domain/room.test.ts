/**
 * roomView: what the projector may show. Properties over any valid snapshot, at any position and
 * display choice, prove what never reaches the room; examples pin the shape of each view.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  consensusId,
  LENS_STEPS,
  MATURITY_LEVELS,
  PRESENTER_MODES,
  roomView,
  teamMapOf,
  type LensStep,
  type PresenterState,
  type RatingValue,
  type StepRef,
  type WorkshopSnapshot,
} from '@shared/domain'
import { compareRecords } from '@shared/domain/compare/records'
import { workshopSnapshotArb } from '../schema/snapshotArbitrary'
import { sampleSnapshot } from '../schema/sampleSnapshot'

type Display = Pick<PresenterState, 'blank' | 'mode'>

const FOLLOW: Display = { blank: false, mode: 'follow' }
const NOW = Date.UTC(2025, 2, 14, 10, 0, 0)

/** Mostly following the steps, so most runs reach a step view. */
const displayArb: fc.Arbitrary<Display> = fc.record({
  blank: fc.oneof(
    { weight: 1, arbitrary: fc.constant(true) },
    { weight: 5, arbitrary: fc.constant(false) },
  ),
  mode: fc.oneof(
    { weight: 4, arbitrary: fc.constant<Display['mode']>('follow') },
    { weight: 1, arbitrary: fc.constantFrom(...PRESENTER_MODES) },
  ),
})

/** The facilitator anywhere on the template, or not started yet. */
function anywhereArb(snapshot: WorkshopSnapshot): fc.Arbitrary<StepRef | null> {
  const lensIds = snapshot.workshop.template.lenses.map((lens) => lens.id)
  return fc.option(
    fc.record({ lensId: fc.constantFrom(...lensIds), step: fc.constantFrom(...LENS_STEPS) }),
    { nil: null, freq: 6 },
  )
}

/**
 * The facilitator on the rate or reveal step of a state someone rated, that lens on the agenda and
 * the state revealed or not: where a leak would show, so most runs land here.
 */
function ratedArb(snapshot: WorkshopSnapshot): fc.Arbitrary<WorkshopSnapshot> {
  const pick = fc.record({
    rating: fc.constantFrom(...snapshot.ratings),
    kind: fc.constantFrom('rate', 'reveal'),
    revealed: fc.boolean(),
  })
  return pick.map(({ rating: { lensId, state }, kind, revealed }) => {
    const { workshop } = snapshot
    const id = consensusId(workshop.id, lensId, state)
    const agenda = workshop.agenda.some((a) => a.lensId === lensId)
      ? workshop.agenda
      : [...workshop.agenda, { lensId, minutes: 30 }]
    const others = snapshot.consensus.filter((c) => c.lensId !== lensId || c.state !== state)
    const held = snapshot.consensus.find((c) => c.lensId === lensId && c.state === state)
    const consensus = held ?? {
      id,
      workshopId: workshop.id,
      lensId,
      state,
      value: null,
      updatedAt: 0,
    }
    return {
      ...snapshot,
      workshop: { ...workshop, agenda, position: { lensId, step: `${kind}-${state}` as LensStep } },
      consensus: [...others, { ...consensus, revealed }],
    }
  })
}

/** A placed snapshot (its step timer sometimes on the current step), a display choice, a time. */
const sceneArb = workshopSnapshotArb
  .chain((snapshot) => {
    const anywhere = anywhereArb(snapshot).map((position) => ({
      ...snapshot,
      workshop: { ...snapshot.workshop, position },
    }))
    return snapshot.ratings.length === 0
      ? anywhere
      : fc.oneof({ weight: 1, arbitrary: anywhere }, { weight: 3, arbitrary: ratedArb(snapshot) })
  })
  .chain((placed) =>
    fc.record({
      scene: fc.boolean().map((timerHere) => timedHere(placed, timerHere)),
      display: displayArb,
      now: fc.maxSafeNat(),
    }),
  )

function timedHere(snapshot: WorkshopSnapshot, timerHere: boolean): WorkshopSnapshot {
  const { workshop } = snapshot
  if (!timerHere || !workshop.position || !workshop.timer) return snapshot
  return {
    ...snapshot,
    workshop: { ...workshop, timer: { ...workshop.timer, step: workshop.position } },
  }
}

const json = (value: unknown) => JSON.stringify(value)

describe('roomView: what never reaches the room', () => {
  it('shows nothing at all while the screen is blanked', () => {
    fc.assert(
      fc.property(sceneArb, ({ scene, display, now }) => {
        const view = roomView(scene, { ...display, blank: true }, now)
        expect(view).toEqual({ kind: 'blank' })
      }),
    )
  })

  it('never shows a rating note', () => {
    fc.assert(
      fc.property(sceneArb, ({ scene, display, now }) => {
        const ratings = scene.ratings.map((r, i) => ({ ...r, note: `QZNOTEMARK${i}` }))
        const marked = { ...scene, ratings }
        expect(json(roomView(marked, display, now))).not.toContain('QZNOTEMARK')
      }),
    )
  })

  it('never shows a name in an anonymous workshop', () => {
    fc.assert(
      fc.property(sceneArb, ({ scene, display, now }) => {
        const anonymous = {
          ...scene,
          workshop: { ...scene.workshop, anonymous: true },
          participants: scene.participants.map((p, i) => ({ ...p, name: `QZPERSON${i}` })),
        }
        expect(json(roomView(anonymous, display, now))).not.toContain('QZPERSON')
      }),
    )
  })

  it('reads the same whatever the ratings of an unrevealed state are', () => {
    const valueArb = fc.constantFrom<RatingValue>(...MATURITY_LEVELS, 'unsure')
    fc.assert(
      fc.property(
        sceneArb,
        fc.array(valueArb, { minLength: 20, maxLength: 20 }),
        ({ scene, display, now }, values) => {
          const records = compareRecords(scene)
          const other = {
            ...scene,
            ratings: scene.ratings.map((r, i) =>
              records.revealed(r.lensId, r.state)
                ? r
                : { ...r, value: values[i % values.length] as RatingValue, note: 'other' },
            ),
          }
          expect(roomView(other, display, now)).toEqual(roomView(scene, display, now))
        },
      ),
    )
  })
})

describe('roomView: what the room sees', () => {
  const at = (step: StepRef['step'], lensId = 'alignment') => {
    const s = sampleSnapshot()
    return { ...s, workshop: { ...s.workshop, position: { lensId, step } } }
  }

  it('waits before the facilitator starts', () => {
    const s = sampleSnapshot()
    const waiting = { ...s, workshop: { ...s.workshop, position: null } }
    expect(roomView(waiting, FOLLOW, NOW)).toEqual({ kind: 'waiting', title: 'Leadership offsite' })
  })

  it('introduces a lens with its question, prompts and scale, and says where it is', () => {
    const view = roomView(at('introduce', 'leadership'), FOLLOW, NOW)
    expect(view).toMatchObject({
      kind: 'step',
      step: 'introduce',
      lens: { title: 'Lens leadership', coreQuestion: 'How is leadership?', number: 2, count: 2 },
      content: { kind: 'introduce', prompts: ['What works in leadership?'] },
    })
    if (view.kind === 'step' && view.content.kind === 'introduce')
      expect(view.content.scale.map((l) => l.label)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5'])
  })

  it('counts the ratings while people rate, never their values', () => {
    const view = roomView(at('rate-current'), FOLLOW, NOW)
    expect(view).toMatchObject({ content: { kind: 'rate', rated: 2, total: 2 } })
  })

  it('before the reveal, shows the count and the cards only', () => {
    const s = at('reveal-current')
    s.consensus = s.consensus.map((c) => ({ ...c, revealed: false }))
    const view = roomView(s, FOLLOW, NOW)
    expect(view).toMatchObject({
      content: {
        kind: 'hidden',
        rated: 2,
        total: 2,
        cards: [{ text: 'Roadmap is a feature list', tags: ['roadmap'] }],
      },
    })
    expect(json(view)).not.toContain('Ana')
  })

  it('after the reveal, shows the spread with names, the median and the agreed score', () => {
    const view = roomView(at('reveal-current'), FOLLOW, NOW)
    expect(view).toMatchObject({
      content: {
        kind: 'revealed',
        rated: 2,
        median: 2,
        spread: { min: 2, max: 2, range: 0 },
        agreed: 3,
        anonymous: false,
      },
    })
    if (view.kind !== 'step' || view.content.kind !== 'revealed') throw new Error('not revealed')
    expect(view.content.levels.map((l) => [l.level, l.count, l.names])).toEqual([
      [1, 0, []],
      [2, 1, ['Ana']],
      [3, 0, []],
      [4, 0, []],
      [5, 0, []],
      ['unsure', 1, ['Ben']],
    ])
    expect(json(view)).not.toContain('Too many priorities')
  })

  it('shows the gap with both agreed scores and the key shift', () => {
    const s = at('gap')
    s.consensus.push({ ...s.consensus[0]!, id: 'target', state: 'target', value: 5 })
    expect(roomView(s, FOLLOW, NOW)).toMatchObject({
      content: { kind: 'gap', current: 3, target: 5, gap: 2, keyShift: 'From output to outcomes' },
    })
  })

  it('falls back to the first step when the saved one is off the agenda', () => {
    const s = at('gap', 'missing')
    expect(roomView(s, FOLLOW, NOW)).toMatchObject({ step: 'introduce', lens: { number: 1 } })
  })

  it('times the current step: its saved timer, or a fresh one for another step', () => {
    const s = at('reveal-current')
    const timer = { durationMs: 60_000, elapsedMs: 50_000, runningSince: NOW - 20_000 }
    s.workshop.timer = { step: { lensId: 'alignment', step: 'reveal-current' }, timer }
    expect(roomView(s, FOLLOW, NOW)).toMatchObject({
      timer: { remainingMs: 0, overrunMs: 10_000, running: true, timeUp: true },
    })
    expect(roomView(s, { blank: false, mode: 'timer' }, NOW)).toMatchObject({
      kind: 'timer',
      step: 'reveal-current',
      timer: { overrunMs: 10_000 },
    })
    s.workshop.timer = { step: { lensId: 'alignment', step: 'introduce' }, timer }
    // 30 minutes over 12 shares; a reveal takes 3 of them.
    expect(roomView(s, FOLLOW, NOW)).toMatchObject({
      timer: { durationMs: 8 * 60_000, remainingMs: 8 * 60_000, running: false, timeUp: false },
    })
  })

  it('compares with the radar and the ranked gaps only', () => {
    const s = at('gap')
    s.consensus.push({ ...s.consensus[0]!, id: 'target', state: 'target', value: 4 })
    const view = roomView(s, { blank: false, mode: 'compare' }, NOW)
    expect(view).toMatchObject({
      kind: 'compare',
      radar: [
        { lensId: 'alignment', current: 3, target: 4 },
        { lensId: 'leadership', current: null, target: null },
      ],
      ranking: [{ lensId: 'alignment', gap: 1, rank: 1 }],
    })
    if (view.kind === 'compare') expect(view.ranking).toHaveLength(1)
  })

  it('shows the team map the facilitator chose, both maps with it, today when none was', () => {
    const s = sampleSnapshot()
    const today = teamMapOf(s.mapElements, 'today')
    const target = teamMapOf(s.mapElements, 'target')
    const lensTitles = Object.fromEntries(s.workshop.template.lenses.map((l) => [l.id, l.title]))
    const base = { kind: 'map', title: 'Leadership offsite', today, target, lensTitles }
    expect(roomView(s, { blank: false, mode: 'map' }, NOW)).toEqual({ ...base, view: 'today' })
    expect(roomView(s, { blank: false, mode: 'map', mapView: 'changes' }, NOW)).toEqual({
      ...base,
      view: 'changes',
    })
    expect(roomView(s, { blank: true, mode: 'map', mapView: 'target' }, NOW)).toEqual({
      kind: 'blank',
    })
  })
})
