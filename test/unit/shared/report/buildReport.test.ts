import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MATURITY_LEVELS,
  RATING_STATES,
  type Consensus,
  type MaturityLevel,
  type Rating,
  type RatingState,
  type RatingValue,
} from '@shared/domain'
import { buildReport, type ReportSource } from '@shared/report'
import {
  makeCard,
  makeConsensus,
  makeGapNote,
  makeParticipant,
  makeRating,
  makeSource,
  makeWorkshop,
} from './fixtures'

const NOW = '2025-03-14T16:30:00.000Z'
const LENS_IDS = ['strategy', 'discovery', 'delivery', 'people']

// Random workshops --------------------------------------------------------------------------

const valueArb = fc.oneof(
  { arbitrary: fc.constantFrom<RatingValue>(...MATURITY_LEVELS), weight: 5 },
  { arbitrary: fc.constant<RatingValue>('unsure'), weight: 1 },
)
const levelOrNullArb = fc.option(fc.constantFrom<MaturityLevel>(...MATURITY_LEVELS))
/** Fixed-length lowercase words: one can only be found inside another text as a whole word. */
const wordsArb = fc.uniqueArray(fc.stringMatching(/^[a-z]{9}$/), { minLength: 90, maxLength: 90 })
const namesArb = fc.uniqueArray(fc.stringMatching(/^[A-Z][a-z]{6} [A-Z][a-z]{7}$/), {
  minLength: 1,
  maxLength: 10,
})

const sourceArb = fc
  .record({
    agenda: fc.shuffledSubarray(LENS_IDS),
    anonymous: fc.boolean(),
    names: namesArb,
    words: wordsArb,
    ratings: fc.array(
      fc.record({
        person: fc.nat(9),
        lens: fc.constantFrom(...LENS_IDS),
        state: fc.constantFrom<RatingState>(...RATING_STATES),
        value: valueArb,
        noteWords: fc.integer({ min: 0, max: 3 }),
      }),
      { maxLength: 40 },
    ),
    rounds: fc.array(fc.record({ revealed: fc.boolean(), value: levelOrNullArb }), {
      minLength: LENS_IDS.length * 2,
      maxLength: LENS_IDS.length * 2,
    }),
  })
  .map((g): ReportSource => {
    const participants = g.names.map((name, i) => makeParticipant(`p${i}`, name, i))
    let next = 0
    const note = (count: number) => g.words.slice(next, (next += count)).join(' ')
    const ratings = new Map<string, Rating>()
    for (const r of g.ratings) {
      if (r.person >= participants.length) continue
      const rating = makeRating(`p${r.person}`, r.lens, r.state, r.value, note(r.noteWords))
      ratings.set(rating.id, rating)
    }
    const consensus: Consensus[] = LENS_IDS.flatMap((lens, i) =>
      RATING_STATES.map((state, j) => {
        const round = g.rounds[i * 2 + j]!
        return makeConsensus(lens, state, round.value, round.revealed)
      }),
    )
    return makeSource({
      workshop: makeWorkshop({
        anonymous: g.anonymous,
        agenda: g.agenda.map((lensId) => ({ lensId, minutes: 30 })),
      }),
      participants,
      ratings: [...ratings.values()],
      consensus,
    })
  })

function isRevealed(source: ReportSource, rating: Rating): boolean {
  return source.consensus.some(
    (c) => c.lensId === rating.lensId && c.state === rating.state && c.revealed,
  )
}

const onAgenda = (source: ReportSource, rating: Rating) =>
  source.workshop.agenda.some((item) => item.lensId === rating.lensId)

// Properties ---------------------------------------------------------------------------------

describe('buildReport: what stays in the room', () => {
  it('never carries the note of a rating that is not revealed, and always carries revealed ones', () => {
    fc.assert(
      fc.property(sourceArb, (source) => {
        const json = JSON.stringify(buildReport(source, NOW))
        for (const rating of source.ratings) {
          if (rating.note === '') continue
          const shown = isRevealed(source, rating) && onAgenda(source, rating)
          expect(json.includes(rating.note), rating.note).toBe(shown)
        }
      }),
    )
  })

  it('is the same whatever the hidden ratings are: no hidden value or note reaches it', () => {
    fc.assert(
      fc.property(
        sourceArb,
        valueArb,
        fc.stringMatching(/^[a-z]{4,12}$/),
        (source, value, note) => {
          const scrambled = {
            ...source,
            ratings: source.ratings.map((r) => (isRevealed(source, r) ? r : { ...r, value, note })),
          }
          expect(buildReport(scrambled, NOW)).toEqual(buildReport(source, NOW))
        },
      ),
    )
  })

  it('puts no participant name anywhere near a rating in an anonymous workshop', () => {
    fc.assert(
      fc.property(sourceArb, (generated) => {
        const source = { ...generated, workshop: { ...generated.workshop, anonymous: true } }
        const model = buildReport(source, NOW)
        const rated = JSON.stringify([model.lenses, model.overview, model.agenda, model.extras])
        for (const p of source.participants) expect(rated).not.toContain(p.name)
        for (const section of model.lenses)
          for (const state of Object.values(section.states))
            if (state.revealed) for (const r of state.ratings) expect(r).not.toHaveProperty('name')
        // The cover still says who was in the room.
        expect(model.cover.participants.map((p) => p.name)).toEqual(
          source.participants.map((p) => p.name),
        )
      }),
    )
  })

  it('follows the agenda: its lenses, in its order, and nothing of the others', () => {
    fc.assert(
      fc.property(sourceArb, (source) => {
        const model = buildReport(source, NOW)
        const agenda = source.workshop.agenda.map((item) => item.lensId)
        expect(model.lenses.map((l) => l.lensId)).toEqual(agenda)
        expect(model.overview.map((l) => l.lensId)).toEqual(agenda)
        expect(model.agenda.items.map((l) => l.lensId)).toEqual(agenda)
        expect(model.lenses.map((l) => l.number)).toEqual(agenda.map((_, i) => i + 1))
        const json = JSON.stringify(model)
        for (const lens of source.workshop.template.lenses)
          if (!agenda.includes(lens.id)) expect(json).not.toContain(`"${lens.title}"`)
      }),
    )
  })
})

// Examples -----------------------------------------------------------------------------------

const people = [
  makeParticipant('a', 'Amara Okafor', 0, 'CPO'),
  makeParticipant('b', 'Jonas Weber', 1, 'CTO'),
  makeParticipant('c', 'Priya Raman', 2),
]

function workshopSource(overrides: Partial<ReportSource> = {}): ReportSource {
  return makeSource({
    participants: [people[2]!, people[0]!, people[1]!],
    ratings: [
      makeRating('a', 'discovery', 'current', 2, 'We ship before we learn'),
      makeRating('b', 'discovery', 'current', 4),
      makeRating('c', 'discovery', 'current', 'unsure', 'New here'),
      makeRating('a', 'discovery', 'target', 5, 'secret target note'),
      makeRating('gone', 'discovery', 'current', 1, 'from someone who left'),
    ],
    consensus: [
      makeConsensus('discovery', 'current', 2, true),
      makeConsensus('discovery', 'target', 4, false),
    ],
    cards: [
      makeCard('k2', 'discovery', 'current', 'Second card', 1),
      makeCard('k1', 'discovery', 'current', 'First card', 0, ['process']),
      makeCard('k3', 'discovery', 'target', 'Weekly customer interviews', 0),
      makeCard('k4', 'delivery', 'target', 'Off-agenda card', 0),
    ],
    gapNotes: [makeGapNote('discovery', '  Test ideas before building them  ')],
    ...overrides,
  })
}

describe('buildReport: the report of a workshop', () => {
  it('fills the cover from the workshop, with the participants in the facilitator order', () => {
    const { cover } = buildReport(workshopSource(), NOW)
    expect(cover).toEqual({
      title: 'Leadership offsite',
      organisation: 'Northwind',
      date: '2025-03-14',
      facilitator: 'Sam Carter',
      participants: [
        { name: 'Amara Okafor', role: 'CPO' },
        { name: 'Jonas Weber', role: 'CTO' },
        { name: 'Priya Raman', role: '' },
      ],
      anonymous: false,
      generatedAt: NOW,
    })
  })

  it('plans the agenda from the start time, and leaves the times out when there is none', () => {
    const model = buildReport(workshopSource(), NOW)
    expect(model.agenda).toMatchObject({ startTime: '09:00', endTime: '12:00', totalMinutes: 70 })
    expect(model.agenda.items.map((i) => [i.title, i.minutes, i.plannedStart, i.progress])).toEqual(
      [
        ['Lens discovery', 40, '09:00', 'agreed'],
        ['Lens strategy', 30, '09:40', 'notStarted'],
      ],
    )
    const unplanned = workshopSource({ workshop: makeWorkshop({ startTime: '', endTime: '' }) })
    const agenda = buildReport(unplanned, NOW).agenda
    expect(agenda.startTime).toBeNull()
    expect(agenda.items.map((i) => i.plannedStart)).toEqual([null, null])
  })

  it('summarises a revealed state with named ratings in order, and only counts a hidden one', () => {
    const [discovery] = buildReport(workshopSource(), NOW).lenses
    expect(discovery!.states.current).toEqual({
      state: 'current',
      revealed: true,
      consensus: 2,
      summary: {
        distribution: { counts: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 0 }, unsure: 1, rated: 2, total: 3 },
        median: 3,
        spread: { min: 2, max: 4, range: 2 },
        disagreement: true,
      },
      ratings: [
        { name: 'Amara Okafor', value: 2, note: 'We ship before we learn' },
        { name: 'Jonas Weber', value: 4, note: '' },
        { name: 'Priya Raman', value: 'unsure', note: 'New here' },
      ],
      participantCount: 3,
    })
    expect(discovery!.states.target).toEqual({
      state: 'target',
      revealed: false,
      consensus: 4,
      ratedCount: 1,
      participantCount: 3,
    })
    expect(JSON.stringify(discovery)).not.toContain('from someone who left')
  })

  it('orders anonymous ratings by value, not by person', () => {
    const source = workshopSource({ workshop: makeWorkshop({ anonymous: true }) })
    const [discovery] = buildReport(source, NOW).lenses
    const current = discovery!.states.current
    expect(current.revealed && current.ratings).toEqual([
      { value: 2, note: 'We ship before we learn' },
      { value: 4, note: '' },
      { value: 'unsure', note: 'New here' },
    ])
  })

  it('gives each lens its cards in column order with tags, the key shift and the gap', () => {
    const model = buildReport(workshopSource(), NOW)
    const [discovery, strategy] = model.lenses
    expect(discovery!.cards).toEqual({
      current: [
        { text: 'First card', tags: ['process'] },
        { text: 'Second card', tags: [] },
      ],
      target: [{ text: 'Weekly customer interviews', tags: [] }],
    })
    expect(discovery).toMatchObject({
      title: 'Lens discovery',
      coreQuestion: 'How mature is discovery?',
      keyShift: 'Test ideas before building them',
      gap: 2,
      progress: 'agreed',
    })
    expect(strategy).toMatchObject({ gap: null, keyShift: '', progress: 'notStarted' })
    expect(model.overview[0]).toEqual({
      lensId: 'discovery',
      title: 'Lens discovery',
      current: 2,
      target: 4,
      gap: 2,
      keyShift: 'Test ideas before building them',
      progress: 'agreed',
    })
    expect(JSON.stringify(model)).not.toContain('Off-agenda card')
  })

  it('leaves every compare part out while the room has nothing there yet', () => {
    expect(buildReport(makeSource(), NOW).extras).toEqual({
      radar: null,
      gapRanking: null,
      disagreement: null,
      overTime: null,
      bets: null,
      review: null,
      teamMap: null,
    })
  })

  it('carries the radar, the ranking and where the room disagreed, once there is something', () => {
    const source = workshopSource({
      consensus: [
        makeConsensus('discovery', 'current', 2, true),
        makeConsensus('discovery', 'target', 4, true),
        makeConsensus('strategy', 'current', 3, true),
        makeConsensus('strategy', 'target', 4, false),
      ],
    })
    const { extras } = buildReport(source, NOW)
    expect(extras.radar).toEqual([
      { lensId: 'discovery', title: 'Lens discovery', current: 2, target: 4 },
      { lensId: 'strategy', title: 'Lens strategy', current: 3, target: 4 },
    ])
    // Strategy's gap counts: an agreed score is shown, even where the ratings stay hidden.
    expect(extras.gapRanking?.map((row) => [row.title, row.gap, row.rank])).toEqual([
      ['Lens discovery', 2, 1],
      ['Lens strategy', 1, 2],
    ])
    expect(extras.gapRanking?.[0]?.keyShift).toBe('Test ideas before building them')
    // Only discovery's ratings were revealed; Amara rated 2 (the agreed 2), Jonas 4.
    expect(extras.disagreement).toHaveLength(1)
    expect(extras.disagreement?.[0]).toMatchObject({
      lensId: 'discovery',
      current: { range: 2, furthest: [{ name: 'Jonas Weber', distance: 2 }] },
      target: { range: 0, furthest: [{ name: 'Amara Okafor', distance: 1 }] },
    })
  })

  it('compares with the earlier workshop the facilitator chose', () => {
    const source = workshopSource({
      workshop: makeWorkshop({
        earlier: {
          workshopId: null,
          title: 'Autumn offsite',
          organisation: 'Northwind',
          date: '2024-10-01',
          takenAt: 5,
          lenses: [
            { lensId: 'discovery', title: 'Discovery (old wording)', current: 1, target: 4 },
            { lensId: 'retired', title: 'Retired lens', current: 3, target: 3 },
          ],
          bets: [],
        },
      }),
    })
    expect(buildReport(source, NOW).extras.overTime).toEqual({
      title: 'Autumn offsite',
      organisation: 'Northwind',
      date: '2024-10-01',
      fromFile: true,
      deltas: [
        {
          lensId: 'discovery',
          title: 'Lens discovery',
          before: { current: 1, target: 4 },
          after: { current: 2, target: 4 },
          currentDelta: 1,
          targetDelta: 0,
          moved: 'up',
          presence: 'both',
        },
        {
          lensId: 'strategy',
          title: 'Lens strategy',
          before: { current: null, target: null },
          after: { current: null, target: null },
          currentDelta: null,
          targetDelta: null,
          moved: 'unknown',
          presence: 'laterOnly',
        },
        {
          lensId: 'retired',
          title: 'Retired lens',
          before: { current: 3, target: 3 },
          after: { current: null, target: null },
          currentDelta: null,
          targetDelta: null,
          moved: 'unknown',
          presence: 'earlierOnly',
        },
      ],
    })
  })

  it('leaves out agenda items whose lens is missing from the frozen template', () => {
    const workshop = makeWorkshop({
      agenda: [
        { lensId: 'ghost', minutes: 10 },
        { lensId: 'people', minutes: 20 },
      ],
    })
    const model = buildReport(makeSource({ workshop }), NOW)
    expect(model.lenses.map((l) => [l.lensId, l.number])).toEqual([['people', 1]])
    expect(model.agenda.totalMinutes).toBe(20)
  })
})
