/**
 * Builders for the compare view tests: an open workshop's SessionData as plain objects, since
 * the views take it as a prop. Four lenses with titles of different lengths, three people.
 */
import type {
  Consensus,
  LensId,
  MaturityLevel,
  Participant,
  Rating,
  RatingState,
  RatingValue,
  Template,
  Workshop,
} from '@shared/domain'
import type { SessionData } from '../../../../../renderer/src/store/session/sessionData'
import {
  makeConsensus,
  makeParticipant,
  makeRating,
  makeWorkshop as makeReportWorkshop,
} from '../../../shared/report/fixtures'
import { testTemplate } from '../../helpers'

export { WORKSHOP_ID } from '../../../shared/report/fixtures'

/** Lens ids in agenda order, with their titles. */
export const LENS_TITLES: [LensId, string][] = [
  ['strategy', 'Alignment'],
  ['discovery', 'Value creation process'],
  ['delivery', 'Cross-functional integration'],
  ['people', 'Leadership'],
]

function template(): Template {
  const base = testTemplate(LENS_TITLES.map(([id]) => id))
  const titles = new Map(LENS_TITLES)
  return {
    ...base,
    lenses: base.lenses.map((lens) => ({ ...lens, title: titles.get(lens.id) ?? lens.title })),
  }
}

/** The report tests' workshop, on this file's four lenses in agenda order. */
export function makeWorkshop(overrides: Partial<Workshop> = {}): Workshop {
  return makeReportWorkshop({
    agenda: LENS_TITLES.map(([lensId]) => ({ lensId, minutes: 30 })),
    template: template(),
    ...overrides,
  })
}

export function person(id: string, name: string, order: number): Participant {
  return makeParticipant(id, name, order)
}

export function rating(
  participantId: string,
  lensId: LensId,
  state: RatingState,
  value: RatingValue,
): Rating {
  return makeRating(participantId, lensId, state, value)
}

/** The room's agreed score for one lens and state; revealed unless told otherwise. */
export function agreed(
  lensId: LensId,
  state: RatingState,
  value: MaturityLevel | null,
  revealed = true,
): Consensus {
  return makeConsensus(lensId, state, value, revealed)
}

/** An open workshop with nothing in it yet; `overrides` fills it. */
export function sessionData(overrides: Partial<SessionData> = {}): SessionData {
  return {
    workshop: makeWorkshop(),
    participants: [],
    ratings: [],
    consensus: [],
    cards: [],
    gapNotes: [],
    bets: [],
    votes: [],
    mapElements: [],
    ...overrides,
  }
}

/** The people of `room()`, listed out of order: the facilitator's order is by `order`. */
export const PEOPLE = {
  amara: person('p-amara', 'Amara Okafor', 0),
  jonas: person('p-jonas', 'Jonas Weber', 1),
  li: person('p-li', 'Li Chen', 2),
}

/**
 * A workshop part way through: three lenses agreed both ways, Leadership's today not agreed and
 * its ratings still hidden. Amara was unsure of delivery today and rated Leadership today 5,
 * which the room has not seen.
 */
export function room(overrides: Partial<SessionData> = {}): SessionData {
  const { amara, jonas, li } = PEOPLE
  return sessionData({
    participants: [li, amara, jonas],
    consensus: [
      agreed('strategy', 'current', 2),
      agreed('strategy', 'target', 4),
      agreed('discovery', 'current', 3),
      agreed('discovery', 'target', 5),
      agreed('delivery', 'current', 1),
      agreed('delivery', 'target', 3),
      agreed('people', 'current', null, false),
      agreed('people', 'target', 4),
    ],
    ratings: [
      rating(amara.id, 'strategy', 'current', 1),
      rating(amara.id, 'strategy', 'target', 5),
      rating(amara.id, 'discovery', 'current', 4),
      rating(amara.id, 'discovery', 'target', 4),
      rating(amara.id, 'delivery', 'current', 'unsure'),
      rating(amara.id, 'delivery', 'target', 2),
      rating(amara.id, 'people', 'current', 5),
      rating(amara.id, 'people', 'target', 3),
      rating(jonas.id, 'strategy', 'current', 3),
      rating(jonas.id, 'strategy', 'target', 3),
      rating(li.id, 'discovery', 'target', 5),
    ],
    ...overrides,
  })
}

export { axeViolations } from '../../axe'
