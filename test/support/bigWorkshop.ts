/**
 * Realistic large workshops for tests and the benchmark, deterministic from a seed: the default
 * template, people with names and roles, a rating by everyone for every lens and state, agreed
 * scores revealed for most lenses, cards, gap notes, bets with statuses and dot votes.
 */
import { DEFAULT_TEMPLATE } from '@shared/content'
import {
  BET_STATUSES,
  consensusId,
  defaultAgenda,
  freezeTemplate,
  gapNoteId,
  RATING_STATES,
  ratingId,
  voteId,
  type Bet,
  type Card,
  type MaturityLevel,
  type RatingState,
  type WorkshopSnapshot,
} from '@shared/domain'
import { bigTeamMap } from './bigTeamMap'

export interface BigWorkshopOptions {
  seed: number
  participants: number
  cards: number
  bets: number
  /** How many lenses of the default template, from the first; all six by default. */
  lenses?: number
  /** Columns the cards go in; both by default. One column gives one long column per lens. */
  columns?: readonly RatingState[]
  /** Words per card text; about 12 by default. A few hundred make files of several MB. */
  cardWords?: number
  title?: string
  /** Teams and interactions of a team map (today's, and the target as its copy); none by default. */
  map?: { teams: number; interactions: number }
}

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST = ['Amara', 'Jonas', 'Priya', 'Mateo', 'Ingrid', 'Kwame', 'Sofia', 'Hiroshi', 'Leila']
const FIRST_MORE = ['Tomasz', 'Aoife', 'Diego', 'Chen', 'Fatima', 'Lars', 'Nadia', 'Omar', 'Ruth']
const LAST = ['Okafor', 'Weber', 'Raman', 'García', 'Larsen', 'Mensah', 'Rossi', 'Tanaka', 'Haddad']
const LAST_MORE = ['Nowak', 'Byrne', 'Silva', 'Wang', 'Khan', 'Berg', 'Petrova', 'Farouk', 'Cohen']
const ROLES = ['CPO', 'Engineering lead', 'Designer', 'Product manager', 'Data analyst', 'CTO']
const SUBJECTS = ['Teams', 'Leadership', 'Roadmap reviews', 'Quarterly planning', 'Discovery']
const VERBS = ['wait on', 'argue about', 'rarely revisit', 'quietly skip', 'depend on', 'own']
const OBJECTS = ['sign-off from finance', 'the release train', 'customer interviews', 'OKRs']
const EXTRA = ['every sprint', 'across squads', 'since the reorg', 'before launch', 'each quarter']
const TAGS = ['process', 'people', 'tooling', 'funding', 'customers', 'quick win', 'risky']
const BET_VERBS = ['Pilot', 'Fund', 'Introduce', 'Stop', 'Pair', 'Publish', 'Measure']
const BET_THINGS = ['a discovery track', 'outcome roadmaps', 'team budgets', 'weekly demos']
const HORIZONS = ['Next quarter', '6 months', 'This year', '3 months']
const SIZES = ['S', 'M', 'L', 'XL']

export function bigWorkshop(options: BigWorkshopOptions): WorkshopSnapshot {
  const random = mulberry32(options.seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const level = (): MaturityLevel => (1 + Math.floor(random() * 5)) as MaturityLevel
  let counter = 0
  const newId = (prefix: string) =>
    `${prefix}-${Math.floor(random() * 0xffffffff).toString(36)}-${(counter++).toString(36)}`
  const sentence = (words: number) => {
    const parts = [pick(SUBJECTS), pick(VERBS), pick(OBJECTS), pick(EXTRA)]
    while (parts.length < words) parts.push(pick([...VERBS, ...OBJECTS, ...EXTRA]))
    return `${parts.join(' ')}.`
  }

  const created = Date.UTC(2025, 2, 3, 9, 0) + Math.floor(random() * 1e9)
  const template = freezeTemplate({
    ...DEFAULT_TEMPLATE,
    lenses: DEFAULT_TEMPLATE.lenses.slice(0, options.lenses ?? DEFAULT_TEMPLATE.lenses.length),
  })
  const lensIds = template.lenses.map((lens) => lens.id)
  const workshopId = newId('w')
  const dotsPerPerson = 3 + Math.floor(random() * 3)
  const workshop: WorkshopSnapshot['workshop'] = {
    id: workshopId,
    title: options.title ?? `${pick(SUBJECTS)} offsite ${options.seed}`,
    organisation: `${pick(LAST)} & ${pick(LAST_MORE)} Ltd`,
    date: '2025-03-04',
    facilitator: `${pick(FIRST)} ${pick(LAST)}`,
    anonymous: false,
    startTime: '09:00',
    endTime: '17:00',
    agenda: defaultAgenda(template),
    position: { lensId: lensIds[0] as string, step: 'reveal-current' },
    timer: null,
    voting: { dotsPerPerson, revealed: random() < 0.5 },
    earlier: null,
    template,
    createdAt: created,
    updatedAt: created + 3_600_000,
    deletedAt: null,
  }
  const at = () => created + Math.floor(random() * 3_600_000)

  const participants = Array.from({ length: options.participants }, (_, order) => ({
    id: newId('p'),
    workshopId,
    name: `${pick([...FIRST, ...FIRST_MORE])} ${pick([...LAST, ...LAST_MORE])} ${order + 1}`,
    role: pick(ROLES),
    order,
  }))
  const ratings = participants.flatMap((p) =>
    lensIds.flatMap((lensId) =>
      RATING_STATES.map((state) => ({
        id: ratingId(p.id, lensId, state),
        workshopId,
        participantId: p.id,
        lensId,
        state,
        value: random() < 0.05 ? ('unsure' as const) : level(),
        note: random() < 0.2 ? sentence(8) : '',
        updatedAt: at(),
      })),
    ),
  )
  // The last lens is still being discussed: its scores are neither agreed nor revealed.
  const consensus = lensIds.flatMap((lensId, index) =>
    RATING_STATES.map((state) => {
      const done = index < lensIds.length - 1
      return {
        id: consensusId(workshopId, lensId, state),
        workshopId,
        lensId,
        state,
        value: done ? level() : null,
        revealed: done,
        updatedAt: at(),
      }
    }),
  )
  const gapNotes = lensIds.slice(0, -1).map((lensId) => ({
    id: gapNoteId(workshopId, lensId),
    workshopId,
    lensId,
    keyShift: sentence(10),
    updatedAt: at(),
  }))

  const columns = options.columns ?? RATING_STATES
  const orders = new Map<string, number>()
  const cards = Array.from({ length: options.cards }, (): Card => {
    const lensId = pick(lensIds)
    const column = pick(columns)
    const key = `${lensId}:${column}`
    const order = orders.get(key) ?? 0
    orders.set(key, order + 1)
    const tags = random() < 0.4 ? [pick(TAGS)] : []
    const time = at()
    return {
      id: newId('c'),
      workshopId,
      lensId,
      column,
      text: sentence(options.cardWords ?? 12),
      tags,
      order,
      createdAt: time,
      updatedAt: time,
    }
  })

  const bets = Array.from({ length: options.bets }, (_, order): Bet => {
    const time = at()
    return {
      id: newId('b'),
      workshopId,
      title: `${pick(BET_VERBS)} ${pick(BET_THINGS)}`,
      hypothesis: `We believe that ${sentence(10)}`,
      risk: sentence(8),
      upside: sentence(8),
      owner: (participants.length > 0 ? pick(participants).name : '') || 'Anyone',
      horizon: pick(HORIZONS),
      size: pick(SIZES),
      lensId: random() < 0.8 ? pick(lensIds) : null,
      teamKeys: [],
      status: pick(BET_STATUSES),
      reviewDate: random() < 0.5 ? '2025-09-01' : null,
      order,
      createdAt: time,
      updatedAt: time,
    }
  })
  // Each person spends some of their dots, one per bet, never more than they have.
  const votes =
    bets.length === 0
      ? []
      : participants.flatMap((p) => {
          const chosen = new Set<string>()
          const spend = Math.floor(random() * (dotsPerPerson + 1))
          for (let i = 0; i < spend; i++) chosen.add(pick(bets).id)
          return [...chosen].map((betId) => ({
            id: voteId(p.id, betId),
            workshopId,
            participantId: p.id,
            betId,
            dots: 1,
            updatedAt: at(),
          }))
        })

  return {
    workshop,
    participants,
    ratings,
    consensus,
    cards,
    gapNotes,
    bets,
    votes,
    mapElements: options.map
      ? bigTeamMap({ seed: options.seed, workshopId, ...options.map, target: true })
      : [],
  }
}
