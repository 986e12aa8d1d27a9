/**
 * The shape of the current session file version: every record type, strict and bounded, so a
 * file from elsewhere is refused whole instead of half-imported. Cross-record rules (references,
 * unique ids) live in sessionChecks.ts; older versions are brought here by sessionMigrations.ts.
 */
import { z } from 'zod'
import {
  BET_STATUSES,
  LENS_STEPS,
  MATURITY_LEVELS,
  RATING_STATES,
  type Bet,
  type Card,
  type Consensus,
  type GapNote,
  type Participant,
  type Rating,
  type Vote,
  type Workshop,
  MAX_DOTS_PER_PERSON,
  MIN_DOTS_PER_PERSON,
  REVIEW_OUTCOMES,
  ARTIFACT_KINDS,
  FUNDING_MODELS,
  INTERACTION_MODES,
  MAP_LIMITS,
  MAP_SIDES,
  TEAM_TYPES,
  type MapElement,
} from '../domain'
import { TEMPLATE_LIMITS, templateSchema } from './template'

export const SESSION_FORMAT = 'vantage-session'
export const SESSION_VERSION = 4

/** Generous next to what the app lets anyone type, so a file the app wrote always opens again. */
export const SESSION_LIMITS = {
  idMaxLength: 100,
  /** Rating, consensus and gap-note ids are built from other ids (see rating.ts). */
  derivedIdMaxLength: 1000,
  shortTextMaxLength: 200,
  longTextMaxLength: 2000,
  tagMaxLength: 100,
  maxTags: 20,
  maxParticipants: 200,
  maxRatings: 200 * TEMPLATE_LIMITS.maxLenses * RATING_STATES.length,
  maxConsensus: TEMPLATE_LIMITS.maxLenses * RATING_STATES.length,
  maxGapNotes: TEMPLATE_LIMITS.maxLenses,
  maxCards: 5000,
  maxBets: 1000,
  /** Every person on every bet: far beyond a real room. */
  maxVotes: 20000,
  maxAgendaMinutes: 24 * 60,
  /** Both maps, every kind; each kind's own bound per map is checked across records. */
  maxMapElements:
    2 *
    (MAP_LIMITS.maxTeams +
      MAP_LIMITS.maxInteractions +
      MAP_LIMITS.maxRituals +
      MAP_LIMITS.maxArtifacts),
} as const
const L = SESSION_LIMITS

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const CLOCK_TIME = /^(\d{1,2}:\d{2}(:\d{2})?)?$/

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const [y, m, d] = value.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

// Messages are codes that sessionErrors.ts turns into words.
const id = z.string().min(1).max(L.idMaxLength)
const derivedId = z.string().min(1).max(L.derivedIdMaxLength)
const shortText = z.string().max(L.shortTextMaxLength)
const longText = z.string().max(L.longTextMaxLength)
const time = z.int().min(0)
const order = z.number()
const lensRef = z.string().min(1).max(L.idMaxLength)
const isoDate = z.string().refine(isRealDate, 'isoDate')
const state = z.enum(RATING_STATES)

const stepRefSchema = z.strictObject({ lensId: lensRef, step: z.enum(LENS_STEPS) })
const level = z.literal(MATURITY_LEVELS).nullable()

const earlierWorkshopSchema = z.strictObject({
  workshopId: id.nullable(),
  title: shortText,
  organisation: shortText,
  date: z.string().refine((v) => v === '' || isRealDate(v), 'isoDateOrEmpty'),
  takenAt: time,
  lenses: z
    .array(z.strictObject({ lensId: lensRef, title: shortText, current: level, target: level }))
    .max(TEMPLATE_LIMITS.maxLenses),
  bets: z
    .array(
      z.strictObject({
        id,
        title: shortText,
        hypothesis: longText,
        owner: shortText,
        horizon: shortText,
        lens: z.strictObject({ id: lensRef, title: shortText }).nullable().optional(),
        review: z.strictObject({
          outcome: z.enum(REVIEW_OUTCOMES).nullable(),
          learning: longText,
        }),
      }),
    )
    .max(L.maxBets),
})

export const workshopSchema = z.strictObject({
  id,
  title: shortText.regex(/\S/, 'required'),
  organisation: shortText,
  date: z.string().refine((v) => v === '' || isRealDate(v), 'isoDateOrEmpty'),
  facilitator: shortText,
  anonymous: z.boolean(),
  startTime: z.string().regex(CLOCK_TIME, 'clockTime'),
  endTime: z.string().regex(CLOCK_TIME, 'clockTime'),
  agenda: z
    .array(z.strictObject({ lensId: lensRef, minutes: z.number().min(0).max(L.maxAgendaMinutes) }))
    .max(TEMPLATE_LIMITS.maxLenses),
  position: stepRefSchema.nullable(),
  timer: z
    .strictObject({
      step: stepRefSchema,
      timer: z.strictObject({
        durationMs: z.number().min(0),
        elapsedMs: z.number().min(0),
        runningSince: time.nullable(),
      }),
    })
    .nullable(),
  voting: z.strictObject({
    dotsPerPerson: z.int().min(MIN_DOTS_PER_PERSON).max(MAX_DOTS_PER_PERSON),
    revealed: z.boolean(),
  }),
  earlier: earlierWorkshopSchema.nullable(),
  template: templateSchema,
  createdAt: time,
  updatedAt: time,
  deletedAt: time.nullable(),
})

export const participantSchema = z.strictObject({
  id,
  workshopId: id,
  name: shortText,
  role: shortText,
  order,
})

export const ratingSchema = z.strictObject({
  id: derivedId,
  workshopId: id,
  participantId: id,
  lensId: lensRef,
  state,
  value: z.literal([...MATURITY_LEVELS, 'unsure']),
  note: longText,
  updatedAt: time,
})

export const consensusSchema = z.strictObject({
  id: derivedId,
  workshopId: id,
  lensId: lensRef,
  state,
  value: z.literal(MATURITY_LEVELS).nullable(),
  revealed: z.boolean(),
  updatedAt: time,
})

export const gapNoteSchema = z.strictObject({
  id: derivedId,
  workshopId: id,
  lensId: lensRef,
  keyShift: longText,
  updatedAt: time,
})

export const cardSchema = z.strictObject({
  id,
  workshopId: id,
  lensId: lensRef,
  column: state,
  text: longText,
  tags: z.array(z.string().max(L.tagMaxLength)).max(L.maxTags),
  order,
  createdAt: time,
  updatedAt: time,
})

export const betSchema = z.strictObject({
  id,
  workshopId: id,
  title: shortText,
  hypothesis: longText,
  risk: longText,
  upside: longText,
  owner: shortText,
  horizon: shortText,
  size: shortText,
  lensId: lensRef.nullable(),
  teamKeys: z.array(id).max(MAP_LIMITS.maxTeams),
  status: z.enum(BET_STATUSES),
  reviewDate: isoDate.nullable(),
  order,
  createdAt: time,
  updatedAt: time,
})

export const voteSchema = z.strictObject({
  id: derivedId,
  workshopId: id,
  participantId: id,
  betId: id,
  dots: z.int().min(1).max(MAX_DOTS_PER_PERSON),
  updatedAt: time,
})

const mapElementBase = {
  id: derivedId,
  workshopId: id,
  side: z.enum(MAP_SIDES),
  key: id,
  updatedAt: time,
}
const mapName = z.string().max(MAP_LIMITS.nameMaxLength).regex(/\S/, 'required')
const coordinate = z.number().min(-MAP_LIMITS.maxCoordinate).max(MAP_LIMITS.maxCoordinate)

export const mapElementSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...mapElementBase,
    kind: z.literal('team'),
    name: mapName,
    type: z.enum(TEAM_TYPES),
    scope: z.string().max(MAP_LIMITS.scopeMaxLength),
    size: z.int().min(1).max(MAP_LIMITS.maxTeamSize).nullable(),
    funding: z.enum(FUNDING_MODELS),
    note: z.string().max(MAP_LIMITS.noteMaxLength),
    lensIds: z.array(lensRef).max(TEMPLATE_LIMITS.maxLenses),
    x: coordinate,
    y: coordinate,
  }),
  z.strictObject({
    ...mapElementBase,
    kind: z.literal('interaction'),
    from: id,
    to: id,
    mode: z.enum(INTERACTION_MODES),
    purpose: z.string().max(MAP_LIMITS.purposeMaxLength),
  }),
  z.strictObject({
    ...mapElementBase,
    kind: z.literal('ritual'),
    name: mapName,
    cadence: z.string().max(MAP_LIMITS.cadenceMaxLength),
    attendees: z.array(id).max(MAP_LIMITS.maxTeams),
  }),
  z.strictObject({
    ...mapElementBase,
    kind: z.literal('artifact'),
    name: mapName,
    artifactKind: z.enum(ARTIFACT_KINDS),
    owner: id.nullable(),
  }),
])

/** The whole file, envelope first. Unknown keys are refused at every level (see sessionFile.ts). */
export const sessionDocumentSchema = z.strictObject({
  format: z.literal(SESSION_FORMAT),
  version: z.literal(SESSION_VERSION),
  exportedAt: z.iso.datetime({ offset: true, error: 'isoDateTime' }),
  workshop: workshopSchema,
  participants: z.array(participantSchema).max(L.maxParticipants),
  ratings: z.array(ratingSchema).max(L.maxRatings),
  consensus: z.array(consensusSchema).max(L.maxConsensus),
  cards: z.array(cardSchema).max(L.maxCards),
  gapNotes: z.array(gapNoteSchema).max(L.maxGapNotes),
  bets: z.array(betSchema).max(L.maxBets),
  votes: z.array(voteSchema).max(L.maxVotes),
  mapElements: z.array(mapElementSchema).max(L.maxMapElements),
})

export type SessionDocument = z.output<typeof sessionDocumentSchema>

// The compiler proves each schema and its domain type describe the same shape, both ways, so a
// field added to the domain cannot be forgotten here (and would need a new file version).
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _shapes: [
  SameShape<z.output<typeof workshopSchema>, Workshop>,
  SameShape<z.output<typeof participantSchema>, Participant>,
  SameShape<z.output<typeof ratingSchema>, Rating>,
  SameShape<z.output<typeof consensusSchema>, Consensus>,
  SameShape<z.output<typeof gapNoteSchema>, GapNote>,
  SameShape<z.output<typeof cardSchema>, Card>,
  SameShape<z.output<typeof betSchema>, Bet>,
  SameShape<z.output<typeof voteSchema>, Vote>,
  SameShape<z.output<typeof mapElementSchema>, MapElement>,
] = [true, true, true, true, true, true, true, true, true]
