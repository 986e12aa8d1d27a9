/**
 * A large realistic team map for the benchmark and tests, deterministic from a seed: teams of
 * every type laid out on a grid in today's map, interactions between distinct teams in every
 * mode (no pair and mode twice), and the target started from today, as a room would.
 */
import {
  FUNDING_MODELS,
  INTERACTION_MODES,
  mapElementId,
  TEAM_TYPES,
  type MapElement,
  type MapSide,
} from '@shared/domain'
import { mulberry32 } from './bigWorkshop'

const DOMAINS = [
  'Checkout',
  'Search',
  'Payments',
  'Onboarding',
  'Pricing',
  'Fulfilment',
  'Identity',
  'Insights',
  'Catalogue',
  'Support tools',
  'Partner API',
  'Mobile',
]

export interface BigTeamMapOptions {
  seed: number
  workshopId: string
  teams: number
  interactions: number
  /** Both maps when true (the target a copy of today); today's only otherwise. */
  target?: boolean
}

export function bigTeamMap(options: BigTeamMapOptions): MapElement[] {
  const random = mulberry32(options.seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const teamKeys = Array.from({ length: options.teams }, (_, i) => `team-${i}`)
  const record = (side: MapSide, kind: MapElement['kind'], key: string) => ({
    id: mapElementId(options.workshopId, side, kind, key),
    workshopId: options.workshopId,
    side,
    key,
    updatedAt: 1,
  })
  const today: MapElement[] = teamKeys.map((key, i) => ({
    ...record('today', 'team', key),
    kind: 'team',
    name: `${DOMAINS[i % DOMAINS.length]} ${Math.floor(i / DOMAINS.length) + 1}`,
    type: pick(TEAM_TYPES),
    scope: `Owns ${DOMAINS[i % DOMAINS.length]!.toLowerCase()} for every customer`,
    size: 3 + Math.floor(random() * 8),
    funding: pick(FUNDING_MODELS),
    note: '',
    lensIds: [],
    x: (i % 10) * 260,
    y: Math.floor(i / 10) * 150,
  }))
  const seen = new Set<string>()
  // Bounded: with few teams there may be fewer distinct pairs than asked for.
  for (
    let tries = 0;
    seen.size < options.interactions && tries < options.interactions * 20;
    tries++
  ) {
    const from = pick(teamKeys)
    const to = pick(teamKeys)
    const mode = pick(INTERACTION_MODES)
    const id = JSON.stringify([from, to, mode])
    if (from === to || seen.has(id)) continue
    seen.add(id)
    const key = `line-${seen.size}`
    today.push({
      ...record('today', 'interaction', key),
      kind: 'interaction',
      from,
      to,
      mode,
      purpose: '',
    })
  }
  if (!options.target) return today
  return [
    ...today,
    ...today.map((e) => ({ ...e, ...record('target', e.kind, e.key) }) as MapElement),
  ]
}
