/**
 * Session data for the disagreement and maps view tests: a workshop literal, people by name, and
 * ratings, consensus and cards written as short tuples.
 */
import {
  consensusId,
  gapNoteId,
  ratingId,
  type Card,
  type MaturityLevel,
  type RatingState,
  type RatingValue,
  type Workshop,
} from '@shared/domain'
import type { SessionData } from '../../../../../renderer/src/store/session/sessionData'
import { testTemplate } from '../../helpers'

export const WORKSHOP_ID = 'ws-compare'
export const LENS_IDS = ['strategy', 'discovery', 'delivery', 'people']

export type RatingSpec = [name: string, lensId: string, state: RatingState, value: RatingValue]
export type ConsensusSpec = [
  lensId: string,
  state: RatingState,
  value: MaturityLevel | null,
  revealed: boolean,
]
export type CardSpec = [
  id: string,
  lensId: string,
  column: RatingState,
  text: string,
  tags: string[],
]

export interface RoomSpec {
  people: string[]
  anonymous?: boolean
  /** Defaults to every lens of the template, in its order. */
  agenda?: string[]
  ratings?: RatingSpec[]
  consensus?: ConsensusSpec[]
  /** In column order: each card's order is its index in this list. */
  cards?: CardSpec[]
}

const personId = (index: number) => `person-${index + 1}`

function workshop(spec: RoomSpec): Workshop {
  return {
    id: WORKSHOP_ID,
    title: 'Leadership offsite',
    organisation: 'Northwind',
    date: '2025-03-14',
    facilitator: 'Sam Carter',
    anonymous: spec.anonymous ?? false,
    startTime: '09:00',
    endTime: '12:00',
    agenda: (spec.agenda ?? LENS_IDS).map((lensId) => ({ lensId, minutes: 30 })),
    position: null,
    timer: null,
    voting: { dotsPerPerson: 3, revealed: false },
    earlier: null,
    template: testTemplate(LENS_IDS),
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
  }
}

export function sessionData(spec: RoomSpec): SessionData {
  const idOf = (name: string) => {
    const index = spec.people.indexOf(name)
    if (index === -1) throw new Error(`Unknown person ${name}`)
    return personId(index)
  }
  return {
    workshop: workshop(spec),
    participants: spec.people.map((name, order) => ({
      id: personId(order),
      workshopId: WORKSHOP_ID,
      name,
      role: '',
      order,
    })),
    ratings: (spec.ratings ?? []).map(([name, lensId, state, value]) => ({
      id: ratingId(idOf(name), lensId, state),
      workshopId: WORKSHOP_ID,
      participantId: idOf(name),
      lensId,
      state,
      value,
      // A note the views must never show, hidden or not.
      note: `Secret note of ${name}`,
      updatedAt: 1,
    })),
    consensus: (spec.consensus ?? []).map(([lensId, state, value, revealed]) => ({
      id: consensusId(WORKSHOP_ID, lensId, state),
      workshopId: WORKSHOP_ID,
      lensId,
      state,
      value,
      revealed,
      updatedAt: 1,
    })),
    cards: (spec.cards ?? []).map(([id, lensId, column, text, tags], order): Card => ({
      id,
      workshopId: WORKSHOP_ID,
      lensId,
      column,
      text,
      tags,
      order,
      createdAt: 1,
      updatedAt: 1,
    })),
    gapNotes: [
      {
        id: gapNoteId(WORKSHOP_ID, 'strategy'),
        workshopId: WORKSHOP_ID,
        lensId: 'strategy',
        keyShift: 'From yearly plans to outcomes',
        updatedAt: 1,
      },
    ],
    bets: [],
    votes: [],
    mapElements: [],
  }
}

/**
 * Four people, four lenses. Strategy: everyone within one level today and for the target, but
 * their own gaps run from 0 to 2, so it is the one flagged lens. Discovery: a wide spread today,
 * its target still hidden. Delivery: revealed but never agreed, one target below today. People:
 * everyone at the agreed score today, no target round yet.
 */
export const PEOPLE = ['Amara Okafor', 'Jonas Weber', 'Li Chen', 'Sofia Rossi']

export const KNOWN_ROOM: RoomSpec = {
  people: PEOPLE,
  ratings: [
    ['Amara Okafor', 'strategy', 'current', 3],
    ['Jonas Weber', 'strategy', 'current', 3],
    ['Li Chen', 'strategy', 'current', 4],
    ['Sofia Rossi', 'strategy', 'current', 3],
    ['Amara Okafor', 'strategy', 'target', 4],
    ['Jonas Weber', 'strategy', 'target', 5],
    ['Li Chen', 'strategy', 'target', 4],
    ['Sofia Rossi', 'strategy', 'target', 5],
    ['Amara Okafor', 'discovery', 'current', 1],
    ['Jonas Weber', 'discovery', 'current', 4],
    ['Li Chen', 'discovery', 'current', 'unsure'],
    ['Sofia Rossi', 'discovery', 'current', 2],
    ['Amara Okafor', 'discovery', 'target', 5],
    ['Jonas Weber', 'discovery', 'target', 3],
    ['Li Chen', 'discovery', 'target', 4],
    ['Sofia Rossi', 'discovery', 'target', 5],
    ['Amara Okafor', 'delivery', 'current', 2],
    ['Jonas Weber', 'delivery', 'current', 2],
    ['Li Chen', 'delivery', 'current', 2],
    ['Amara Okafor', 'delivery', 'target', 1],
    ['Jonas Weber', 'delivery', 'target', 2],
    ['Li Chen', 'delivery', 'target', 2],
    ['Amara Okafor', 'people', 'current', 3],
    ['Jonas Weber', 'people', 'current', 3],
    ['Li Chen', 'people', 'current', 3],
    ['Sofia Rossi', 'people', 'current', 3],
    ['Sofia Rossi', 'people', 'target', 1],
  ],
  consensus: [
    ['strategy', 'current', 3, true],
    ['strategy', 'target', 4, true],
    ['discovery', 'current', 2, true],
    ['discovery', 'target', 4, false],
    ['delivery', 'current', null, true],
    ['delivery', 'target', null, true],
    ['people', 'current', 3, true],
  ],
}

export { axeViolations } from '../../axe'
