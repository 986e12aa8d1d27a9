/**
 * fast-check arbitraries of VALID workshop snapshots: every record within the session file's
 * limits and pointing at what exists, with text that is hostile on purpose (markup, quotes,
 * control characters, lone surrogates, text exactly at its limit).
 */
import fc from 'fast-check'
import {
  BET_STATUSES,
  consensusId,
  gapNoteId,
  mapElementId,
  LENS_STEPS,
  MATURITY_LEVELS,
  MAX_DOTS_PER_PERSON,
  MIN_DOTS_PER_PERSON,
  REVIEW_OUTCOMES,
  voteId,
  RATING_STATES,
  ratingId,
  type LensDefinition,
  type MapElement,
  type MapSide,
  type TeamMap,
  type Participant,
  type Rating,
  type Template,
  type Vote,
  type Workshop,
  type WorkshopSnapshot,
} from '@shared/domain'
import { SESSION_LIMITS } from '@shared/schema/sessionSchema'
import { mapPairArb } from '../domain/teamMap/teamMapArbitraries'

const HOSTILE = [
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '"; DROP TABLE workshops; --',
  '__proto__',
  '{"format":"vantage-session"}',
  'Zoë — “quoted” ✓ 👩🏽‍💻',
  '\u0000\u0007\u001b[31m',
  '\ud800 lone surrogate',
  '\u202eright-to-left',
]

/** Any text up to `max` UTF-16 units (binary units are at most 2), sometimes exactly `max`. */
export function textArb(max: number, maxGenerated = 40): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.string({ unit: 'binary', maxLength: Math.min(max / 2, maxGenerated) }),
    },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE.filter((t) => t.length <= max)) },
    { weight: 1, arbitrary: fc.constant('<b>é</b>'.repeat(max).slice(0, max)) },
  )
}

/** Text with at least one visible character, as titles and template wording need. */
export function visibleTextArb(max: number): fc.Arbitrary<string> {
  return textArb(max).filter((text) => /\S/.test(text))
}

const idArb = fc.string({ unit: 'binary', minLength: 1, maxLength: SESSION_LIMITS.idMaxLength / 2 })
const timeArb = fc.maxSafeNat()
/** -0 would come back from JSON as 0, and the app never stores it. */
const orderArb = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n))
const dateArb = fc
  .date({ min: new Date('1970-01-01'), max: new Date('2999-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))
const stateArb = fc.constantFrom(...RATING_STATES)
const short = SESSION_LIMITS.shortTextMaxLength
const long = SESSION_LIMITS.longTextMaxLength

function lensArb(id: string): fc.Arbitrary<LensDefinition> {
  return fc.record({
    id: fc.constant(id),
    title: visibleTextArb(120),
    coreQuestion: visibleTextArb(300),
    prompts: fc.array(visibleTextArb(300), { minLength: 1, maxLength: 4 }),
    scale: fc.tuple(
      ...MATURITY_LEVELS.map((level) =>
        fc.record({
          level: fc.constant(level),
          label: visibleTextArb(40),
          description: visibleTextArb(300),
        }),
      ),
    ),
  })
}

export const validTemplateArb: fc.Arbitrary<Template> = fc
  .uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { minLength: 1, maxLength: 6 })
  .chain((ids) =>
    fc.record({
      id: visibleTextArb(64),
      name: visibleTextArb(120),
      revision: fc.integer({ min: 1, max: 1000 }),
      lenses: fc.tuple(...ids.map(lensArb)),
    }),
  )

const levelArb = fc.option(fc.constantFrom(...MATURITY_LEVELS), { nil: null })

/** An earlier workshop's copied scores: its lenses need not be in this workshop's template. */
const earlierArb = fc.record({
  workshopId: fc.option(idArb, { nil: null }),
  title: textArb(short),
  organisation: textArb(short),
  date: fc.oneof(fc.constant(''), dateArb),
  takenAt: timeArb,
  lenses: fc.array(
    fc.record({ lensId: idArb, title: textArb(short), current: levelArb, target: levelArb }),
    { maxLength: 12 },
  ),
  bets: fc.array(
    fc.record({
      id: idArb,
      title: textArb(short),
      hypothesis: textArb(SESSION_LIMITS.longTextMaxLength),
      owner: textArb(short),
      horizon: textArb(short),
      // Absent in copies taken before bets carried their lens, null for a bet about none.
      lens: fc.option(fc.option(fc.record({ id: idArb, title: textArb(short) }), { nil: null }), {
        nil: undefined,
      }),
      review: fc.record({
        outcome: fc.option(fc.constantFrom(...REVIEW_OUTCOMES), { nil: null }),
        learning: textArb(SESSION_LIMITS.longTextMaxLength),
      }),
    }),
    { maxLength: 4 },
  ),
})

function workshopArb(template: Template): fc.Arbitrary<Workshop> {
  const lensIds = template.lenses.map((lens) => lens.id)
  const stepArb = fc.record({
    lensId: fc.constantFrom(...lensIds),
    step: fc.constantFrom(...LENS_STEPS),
  })
  const clockArb = fc.oneof(
    fc.constant(''),
    fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  )
  return fc.record({
    id: idArb,
    title: visibleTextArb(short),
    organisation: textArb(short),
    date: fc.oneof(fc.constant(''), dateArb),
    facilitator: textArb(short),
    anonymous: fc.boolean(),
    startTime: clockArb,
    endTime: clockArb,
    agenda: fc
      .subarray(lensIds)
      .chain((ids) =>
        fc.tuple(
          ...ids.map((lensId) =>
            fc.record({ lensId: fc.constant(lensId), minutes: fc.integer({ min: 0, max: 1440 }) }),
          ),
        ),
      ),
    position: fc.option(stepArb, { nil: null }),
    timer: fc.option(
      fc.record({
        step: stepArb,
        timer: fc.record({
          durationMs: fc.nat(),
          elapsedMs: fc.nat(),
          runningSince: fc.option(timeArb, { nil: null }),
        }),
      }),
      { nil: null },
    ),
    voting: fc.record({
      dotsPerPerson: fc.integer({ min: MIN_DOTS_PER_PERSON, max: MAX_DOTS_PER_PERSON }),
      revealed: fc.boolean(),
    }),
    earlier: fc.option(earlierArb, { nil: null }),
    template: fc.constant(template),
    createdAt: timeArb,
    updatedAt: timeArb,
    deletedAt: fc.option(timeArb, { nil: null }),
  })
}

function recordsArb(workshop: Workshop): fc.Arbitrary<WorkshopSnapshot> {
  const workshopId = workshop.id
  const lensIds = workshop.template.lenses.map((lens) => lens.id)
  const lensArb = fc.constantFrom(...lensIds)
  const participants = fc.uniqueArray(
    fc.record({
      id: idArb,
      workshopId: fc.constant(workshopId),
      name: textArb(short),
      role: textArb(short),
      order: orderArb,
    }),
    { selector: (p: Participant) => p.id, maxLength: 8 },
  )
  const cards = fc.uniqueArray(
    fc.record({
      id: idArb,
      workshopId: fc.constant(workshopId),
      lensId: lensArb,
      column: stateArb,
      text: textArb(long),
      tags: fc.array(textArb(SESSION_LIMITS.tagMaxLength, 10), { maxLength: 4 }),
      order: orderArb,
      createdAt: timeArb,
      updatedAt: timeArb,
    }),
    { selector: (c) => c.id, maxLength: 8 },
  )
  const bets = fc.uniqueArray(
    fc.record({
      id: idArb,
      workshopId: fc.constant(workshopId),
      title: textArb(short),
      hypothesis: textArb(long),
      risk: textArb(long),
      upside: textArb(long),
      owner: textArb(short),
      horizon: textArb(short),
      size: textArb(short),
      lensId: fc.option(lensArb, { nil: null }),
      teamKeys: fc.constant<string[]>([]),
      status: fc.constantFrom(...BET_STATUSES),
      reviewDate: fc.option(dateArb, { nil: null }),
      order: orderArb,
      createdAt: timeArb,
      updatedAt: timeArb,
    }),
    { selector: (b) => b.id, maxLength: 5 },
  )
  const consensus = fc.uniqueArray(
    fc
      .record({
        lensId: lensArb,
        state: stateArb,
        value: fc.option(fc.constantFrom(...MATURITY_LEVELS), { nil: null }),
        revealed: fc.boolean(),
        updatedAt: timeArb,
      })
      .map((c) => ({ id: consensusId(workshopId, c.lensId, c.state), workshopId, ...c })),
    { selector: (c) => c.id, maxLength: 2 * lensIds.length },
  )
  const gapNotes = fc.uniqueArray(
    fc
      .record({ lensId: lensArb, keyShift: textArb(long), updatedAt: timeArb })
      .map((g) => ({ id: gapNoteId(workshopId, g.lensId), workshopId, ...g })),
    { selector: (g) => g.id, maxLength: lensIds.length },
  )
  return participants.chain((people) => {
    const ratings =
      people.length === 0
        ? fc.constant<Rating[]>([])
        : fc.uniqueArray(
            fc
              .record({
                participantId: fc.constantFrom(...people.map((p) => p.id)),
                lensId: lensArb,
                state: stateArb,
                value: fc.constantFrom(...MATURITY_LEVELS, 'unsure' as const),
                note: textArb(long),
                updatedAt: timeArb,
              })
              .map((r) => ({ id: ratingId(r.participantId, r.lensId, r.state), workshopId, ...r })),
            { selector: (r) => r.id, maxLength: 20 },
          )
    return fc.tuple(bets, mapElementsArb(workshop)).chain(([betList, mapElements]) =>
      fc.record({
        workshop: fc.constant(workshop),
        participants: fc.constant(people),
        ratings,
        consensus,
        cards,
        gapNotes,
        bets: betsOnTeamsArb(betList, mapElements),
        votes: votesArb(workshop, people, betList),
        mapElements: fc.constant(mapElements),
      }),
    )
  })
}

/** Both maps as stored records, their lens links moved onto the workshop's own lenses. */
function mapElementsArb(workshop: Workshop): fc.Arbitrary<MapElement[]> {
  const lensIds = workshop.template.lenses.map((lens) => lens.id)
  const record = (side: MapSide, kind: MapElement['kind'], key: string) => ({
    id: mapElementId(workshop.id, side, kind, key),
    workshopId: workshop.id,
    side,
    key,
    updatedAt: 1,
  })
  const elementsOf = (side: MapSide, map: TeamMap): MapElement[] => [
    ...map.teams.map((t) => ({
      ...t,
      ...record(side, 'team', t.key),
      kind: 'team' as const,
      lensIds: [...new Set(t.lensIds.map((_, i) => lensIds[i % lensIds.length]!))],
    })),
    ...map.interactions.map((i) => ({
      ...i,
      ...record(side, 'interaction', i.key),
      kind: 'interaction' as const,
    })),
    ...map.rituals.map((r) => ({
      ...r,
      ...record(side, 'ritual', r.key),
      kind: 'ritual' as const,
    })),
    ...map.artifacts.map((a) => ({
      ...a,
      ...record(side, 'artifact', a.key),
      kind: 'artifact' as const,
    })),
  ]
  // Half the workshops draw no map, as many real ones do; it also keeps the suites' runs short.
  return fc.oneof(
    fc.constant<MapElement[]>([]),
    mapPairArb.map(({ today, target }) => [
      ...elementsOf('today', today),
      ...elementsOf('target', target),
    ]),
  )
}

/** Each bet names some of the teams on either map, each once. */
function betsOnTeamsArb<B extends { teamKeys: string[] }>(
  bets: readonly B[],
  elements: readonly MapElement[],
): fc.Arbitrary<B[]> {
  const keys = [...new Set(elements.filter((e) => e.kind === 'team').map((e) => e.key))]
  if (keys.length === 0) return fc.constant([...bets])
  return fc.tuple(
    ...bets.map((bet) =>
      fc
        .uniqueArray(fc.constantFrom(...keys), { maxLength: 3 })
        .map((teamKeys) => ({ ...bet, teamKeys })),
    ),
  )
}

/** Votes of people on bets, each person within the workshop's dots. */
function votesArb(
  workshop: Workshop,
  people: readonly Participant[],
  bets: readonly { id: string }[],
): fc.Arbitrary<Vote[]> {
  if (people.length === 0 || bets.length === 0) return fc.constant([])
  const allowed = workshop.voting.dotsPerPerson
  return fc
    .uniqueArray(
      fc.record({
        participantId: fc.constantFrom(...people.map((p) => p.id)),
        betId: fc.constantFrom(...bets.map((b) => b.id)),
        dots: fc.integer({ min: 1, max: allowed }),
        updatedAt: timeArb,
      }),
      { selector: (v) => voteId(v.participantId, v.betId), maxLength: 10 },
    )
    .map((votes) => {
      // Keep each person within their dots: drop the votes that would overspend.
      const spent = new Map<string, number>()
      return votes.flatMap((v): Vote[] => {
        const total = (spent.get(v.participantId) ?? 0) + v.dots
        if (total > allowed) return []
        spent.set(v.participantId, total)
        return [{ id: voteId(v.participantId, v.betId), workshopId: workshop.id, ...v }]
      })
    })
}

/** Any valid snapshot: what the app could have in its database for one workshop. */
export const workshopSnapshotArb: fc.Arbitrary<WorkshopSnapshot> = validTemplateArb
  .chain(workshopArb)
  .chain(recordsArb)
