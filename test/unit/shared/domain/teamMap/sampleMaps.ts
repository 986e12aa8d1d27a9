/**
 * A small organisation's team map, today and as a target, that a person can read: every team
 * type and interaction mode appears, and the target renames and retypes a team, changes a mode,
 * removes a team and a ritual, adds a team, an interaction and a ritual. Shared by the drawing,
 * diff and report tests, so each reads the same story.
 */
import type {
  MapArtifactEntry,
  MapElement,
  MapInteractionEntry,
  MapRitualEntry,
  MapSide,
  MapTeamEntry,
  TeamMap,
} from '@shared/domain'

export function team(key: string, fields: Partial<MapTeamEntry> = {}): MapTeamEntry {
  return {
    key,
    name: key,
    type: 'stream-aligned',
    scope: '',
    size: null,
    funding: 'stable-team',
    note: '',
    lensIds: [],
    x: 0,
    y: 0,
    ...fields,
  }
}

export function interaction(
  key: string,
  from: string,
  to: string,
  mode: MapInteractionEntry['mode'],
  purpose = '',
): MapInteractionEntry {
  return { key, from, to, mode, purpose }
}

export const TODAY: TeamMap = {
  teams: [
    team('t-shop', {
      name: 'Web shop',
      scope: 'The online shop',
      size: 7,
      funding: 'project',
      x: 0,
      y: 0,
    }),
    team('t-pay', { name: 'Payments', type: 'platform', size: 5, x: 320, y: 0 }),
    team('t-coach', { name: 'Agile coaching', type: 'enabling', size: 2, x: 0, y: 200 }),
    team('t-risk', {
      name: 'Fraud scoring',
      type: 'complicated-subsystem',
      size: 4,
      x: 320,
      y: 200,
    }),
    team('t-ops', { name: 'Operations desk', type: 'other', size: 3, x: 640, y: 100 }),
  ],
  interactions: [
    interaction('i-pay-shop', 't-pay', 't-shop', 'collaboration', 'Checkout flow'),
    interaction('i-coach-shop', 't-coach', 't-shop', 'facilitating'),
    interaction('i-risk-pay', 't-risk', 't-pay', 'x-as-a-service'),
    interaction('i-ops-pay', 't-ops', 't-pay', 'embed'),
    interaction('i-ops-risk', 't-ops', 't-risk', 'consult'),
  ],
  rituals: [
    { key: 'r-portfolio', name: 'Portfolio sync', cadence: 'Monthly', attendees: ['t-shop'] },
    { key: 'r-review', name: 'Quarterly review', cadence: 'Quarterly', attendees: ['t-pay'] },
  ],
  artifacts: [{ key: 'a-roadmap', name: 'Shop roadmap', artifactKind: 'roadmap', owner: 't-shop' }],
}

/** Checkout is the Web shop renamed and made a platform; Operations desk is gone. */
export const TARGET: TeamMap = {
  teams: [
    team('t-shop', {
      name: 'Checkout',
      type: 'platform',
      scope: 'The online shop',
      size: 7,
      funding: 'stable-team',
      x: 0,
      y: 0,
    }),
    team('t-pay', { name: 'Payments', type: 'platform', size: 5, x: 320, y: 0 }),
    team('t-coach', { name: 'Agile coaching', type: 'enabling', size: 2, x: 0, y: 200 }),
    team('t-risk', {
      name: 'Fraud scoring',
      type: 'complicated-subsystem',
      size: 4,
      x: 320,
      y: 200,
    }),
    team('t-growth', { name: 'Growth', x: 640, y: 100 }),
  ],
  interactions: [
    interaction('i-pay-shop', 't-pay', 't-shop', 'x-as-a-service', 'Checkout flow'),
    interaction('i-coach-shop', 't-coach', 't-shop', 'facilitating'),
    interaction('i-risk-pay', 't-risk', 't-pay', 'x-as-a-service'),
    interaction('i-growth-shop', 't-growth', 't-shop', 'collaboration'),
  ],
  rituals: [
    { key: 'r-review', name: 'Quarterly review', cadence: 'Quarterly', attendees: ['t-pay'] },
    {
      key: 'r-bets',
      name: 'Bet review',
      cadence: 'Every six weeks',
      attendees: ['t-shop', 't-growth'],
    },
  ],
  artifacts: [
    { key: 'a-roadmap', name: 'Shop roadmap', artifactKind: 'roadmap', owner: 't-shop' },
    { key: 'a-brief', name: 'Growth bet brief', artifactKind: 'bet-brief', owner: 't-growth' },
  ],
}

/** The map's elements as stored, for a workshop: what the session data and snapshot hold. */
export function elementsOf(workshopId: string, side: MapSide, map: TeamMap): MapElement[] {
  const base = (key: string) => ({
    id: `${workshopId}:map:${side}:${key}`,
    workshopId,
    side,
    key,
    updatedAt: 1,
  })
  return [
    ...map.teams.map((t): MapElement => ({ ...t, ...base(t.key), kind: 'team' })),
    ...map.interactions.map((i: MapInteractionEntry): MapElement => ({
      ...i,
      ...base(i.key),
      kind: 'interaction',
    })),
    ...map.rituals.map((r: MapRitualEntry): MapElement => ({
      ...r,
      ...base(r.key),
      kind: 'ritual',
    })),
    ...map.artifacts.map((a: MapArtifactEntry): MapElement => ({
      ...a,
      ...base(a.key),
      kind: 'artifact',
    })),
  ]
}
