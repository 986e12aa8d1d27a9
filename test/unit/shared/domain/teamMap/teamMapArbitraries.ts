/**
 * Random team maps for property tests: `teamMapArb` is one valid side (keys unique, every
 * reference names a team on the map, names distinct, small), `mapPairArb` is today with a target
 * grown from it by random edits, sharing keys the way "Start the target from today" does.
 *
 * All randomness is drawn up front as plain picks (indices as naturals, taken modulo what exists)
 * and the map is built from them deterministically, so a failing case shrinks to a small one.
 */
import fc from 'fast-check'
import {
  ARTIFACT_KINDS,
  FUNDING_MODELS,
  INTERACTION_MODES,
  MAP_LIMITS,
  TEAM_TYPES,
  teamNameIdentity,
  type MapArtifactEntry,
  type MapInteractionEntry,
  type MapRitualEntry,
  type MapTeamEntry,
  type TeamMap,
} from '@shared/domain'

type Keyed = { key: string }

/** Upper case, non-ASCII and digits: code-unit order and localeCompare disagree on these. */
export const keyArb = fc.string({
  unit: fc.constantFrom('a', 'b', 'B', 'Z', 'é', '1'),
  minLength: 1,
  maxLength: 4,
})

export const LENS_IDS = ['lens-strategy', 'lens-discovery', 'lens-delivery', 'lens-teams']

/** Mixed case so that case-folding matters; no space or '#', which the name repair uses. */
const nameArb = fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'x'), minLength: 1, maxLength: 6 })
const textArb = fc.string({ maxLength: 20 })
const coordinateArb = fc.integer({ min: -2000, max: 2000 })

const teamFieldsArb: fc.Arbitrary<Omit<MapTeamEntry, 'key'>> = fc.record({
  name: nameArb,
  type: fc.constantFrom(...TEAM_TYPES),
  scope: textArb,
  size: fc.option(fc.integer({ min: 1, max: MAP_LIMITS.maxTeamSize }), { nil: null }),
  funding: fc.constantFrom(...FUNDING_MODELS),
  note: textArb,
  lensIds: fc.shuffledSubarray(LENS_IDS),
  x: coordinateArb,
  y: coordinateArb,
})

/** Ends as picks: `from` any team, `to` a non-zero step further round, so never the same team. */
const endsArb = fc.record({ from: fc.nat(), step: fc.nat() })
type EndsPick = { from: number; step: number }

const interactionPickArb = fc.record({
  ends: endsArb,
  mode: fc.constantFrom(...INTERACTION_MODES),
  purpose: textArb,
})
type InteractionPick = { ends: EndsPick } & Pick<MapInteractionEntry, 'mode' | 'purpose'>

const ritualPickArb = fc.record({
  name: nameArb,
  cadence: textArb,
  attendees: fc.array(fc.nat(), { maxLength: 5 }),
})
type RitualPick = Pick<MapRitualEntry, 'name' | 'cadence'> & { attendees: number[] }

const artifactPickArb = fc.record({
  name: nameArb,
  artifactKind: fc.constantFrom(...ARTIFACT_KINDS),
  owner: fc.option(fc.nat(), { nil: null }),
})
type ArtifactPick = Pick<MapArtifactEntry, 'name' | 'artifactKind'> & { owner: number | null }

const byKey = (a: Keyed, b: Keyed) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

function ends(pick: EndsPick, teamKeys: readonly string[]): { from: string; to: string } | null {
  const n = teamKeys.length
  if (n < 2) return null
  const from = pick.from % n
  return { from: teamKeys[from]!, to: teamKeys[(from + 1 + (pick.step % (n - 1))) % n]! }
}

const attendees = (picks: readonly number[], teamKeys: readonly string[]): string[] =>
  teamKeys.length === 0 ? [] : [...new Set(picks.map((p) => teamKeys[p % teamKeys.length]!))]

const owner = (pick: number | null, teamKeys: readonly string[]): string | null =>
  pick === null || teamKeys.length === 0 ? null : teamKeys[pick % teamKeys.length]!

/** Later teams (by key) whose name an earlier one has take a suffix until theirs is their own. */
function withDistinctNames(teams: MapTeamEntry[]): MapTeamEntry[] {
  const seen = new Set<string>()
  return teams.map((team, i) => {
    let name = team.name
    while (seen.has(teamNameIdentity(name))) name = `${name} #${i}`
    seen.add(teamNameIdentity(name))
    return name === team.name ? team : { ...team, name }
  })
}

/** Drops the later of two interactions that draw the same arrow (from, to, mode). */
function withDistinctArrows(interactions: MapInteractionEntry[]): MapInteractionEntry[] {
  const seen = new Set<string>()
  return interactions.filter((i) => {
    const arrow = JSON.stringify([i.from, i.to, i.mode])
    if (seen.has(arrow)) return false
    seen.add(arrow)
    return true
  })
}

/** Pairs items with keys (as many as both have) and sorts by key, as teamMapOf does. */
const zipKeys = <T>(items: readonly T[], keys: readonly string[]): (T & Keyed)[] =>
  items
    .slice(0, keys.length)
    .map((item, i) => ({ ...item, key: keys[i]! }))
    .sort(byKey)

const keysFor = (n: number) => fc.uniqueArray(keyArb, { minLength: n, maxLength: n })

function interactionsOf(picks: readonly InteractionPick[], teamKeys: readonly string[]) {
  return picks.flatMap(({ ends: pick, ...rest }) => {
    const e = ends(pick, teamKeys)
    return e ? [{ ...e, ...rest }] : []
  })
}

export const teamMapArb: fc.Arbitrary<TeamMap> = fc
  .array(teamFieldsArb, { maxLength: 12 })
  .chain((fields) => keysFor(fields.length).map((keys) => zipKeys(fields, keys)))
  .map(withDistinctNames)
  .chain((teams) => {
    const teamKeys = teams.map((t) => t.key)
    const keyed = <P, T>(picks: fc.Arbitrary<P[]>, build: (picks: P[]) => T[]) =>
      picks.chain((p) => {
        const items = build(p)
        return keysFor(items.length).map((keys) => zipKeys(items, keys))
      })
    return fc.record({
      teams: fc.constant(teams),
      interactions: keyed(fc.array(interactionPickArb, { maxLength: 10 }), (picks) =>
        interactionsOf(picks, teamKeys),
      ).map(withDistinctArrows),
      rituals: keyed(fc.array(ritualPickArb, { maxLength: 4 }), (picks) =>
        picks.map((p) => ({ ...p, attendees: attendees(p.attendees, teamKeys) })),
      ),
      artifacts: keyed(fc.array(artifactPickArb, { maxLength: 4 }), (picks) =>
        picks.map((p) => ({ ...p, owner: owner(p.owner, teamKeys) })),
      ),
    })
  })

// ---------------------------------------------------------------------------------------------
// Edits from today to a target

const fateArb = fc.constantFrom('keep', 'remove', 'change')
type Fate = 'keep' | 'remove' | 'change'
/** Each aspect present or not: a change touches a random few, sometimes none that differ. */
const some = <T extends object>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
  fc.record(model, { requiredKeys: [] })

const teamEditArb = fc.record({
  fate: fateArb,
  change: some<Omit<MapTeamEntry, 'key'>>({
    name: nameArb,
    type: fc.constantFrom(...TEAM_TYPES),
    scope: textArb,
    size: fc.option(fc.integer({ min: 1, max: MAP_LIMITS.maxTeamSize }), { nil: null }),
    funding: fc.constantFrom(...FUNDING_MODELS),
    note: textArb,
    lensIds: fc.shuffledSubarray(LENS_IDS),
    x: coordinateArb,
    y: coordinateArb,
  }),
  /** Same lenses, other order: the diff must still give the target's order back. */
  reverseLenses: fc.boolean(),
})

const interactionEditArb = fc.record({
  fate: fateArb,
  change: some<InteractionPick>({
    ends: endsArb,
    mode: fc.constantFrom(...INTERACTION_MODES),
    purpose: textArb,
  }),
})
const ritualEditArb = fc.record({
  fate: fateArb,
  change: some<RitualPick>({
    name: nameArb,
    cadence: textArb,
    attendees: fc.array(fc.nat(), { maxLength: 5 }),
  }),
})
const artifactEditArb = fc.record({
  fate: fateArb,
  change: some<ArtifactPick>({
    name: nameArb,
    artifactKind: fc.constantFrom(...ARTIFACT_KINDS),
    owner: fc.option(fc.nat(), { nil: null }),
  }),
})

const editsFor = <T>(edit: fc.Arbitrary<T>, n: number) =>
  fc.array(edit, { minLength: n, maxLength: n })

/** Keys not used by a kind's elements today, so an added element is new to both maps. */
const freshFor = (pool: readonly string[], today: readonly Keyed[]) => {
  const used = new Set(today.map((e) => e.key))
  return pool.filter((k) => !used.has(k))
}

const kept = (fate: Fate) => fate !== 'remove'

export const mapPairArb: fc.Arbitrary<{ today: TeamMap; target: TeamMap }> = teamMapArb.chain(
  (today) =>
    fc
      .record({
        teams: editsFor(teamEditArb, today.teams.length),
        newTeams: fc.array(teamFieldsArb, { maxLength: 4 }),
        interactions: editsFor(interactionEditArb, today.interactions.length),
        newInteractions: fc.array(interactionPickArb, { maxLength: 4 }),
        rituals: editsFor(ritualEditArb, today.rituals.length),
        newRituals: fc.array(ritualPickArb, { maxLength: 2 }),
        artifacts: editsFor(artifactEditArb, today.artifacts.length),
        newArtifacts: fc.array(artifactPickArb, { maxLength: 2 }),
        freshKeys: fc.uniqueArray(keyArb, { maxLength: 12 }),
      })
      .map((edits) => {
        const changedTeams = today.teams.flatMap((team, i) => {
          const { fate, change, reverseLenses } = edits.teams[i]!
          if (!kept(fate)) return []
          if (fate === 'keep') return [team]
          const lensIds =
            change.lensIds ?? (reverseLenses ? [...team.lensIds].reverse() : team.lensIds)
          return [{ ...team, ...change, lensIds }]
        })
        const teams = withDistinctNames(
          [
            ...changedTeams,
            ...zipKeys(edits.newTeams, freshFor(edits.freshKeys, today.teams)),
          ].sort(byKey),
        )
        const teamKeys = teams.map((t) => t.key)
        const present = new Set(teamKeys)

        // Removing a team takes its arrows with it and drops it from rituals and ownership, as
        // the store does; what refers to it cannot stay as it was.
        const interactions = today.interactions.flatMap((interaction, i) => {
          const { fate, change } = edits.interactions[i]!
          if (!kept(fate)) return []
          const { ends: pick, ...rest } = fate === 'change' ? change : {}
          const moved = pick ? ends(pick, teamKeys) : null
          const next = { ...interaction, ...rest, ...moved }
          return present.has(next.from) && present.has(next.to) ? [next] : []
        })
        const rituals = today.rituals.flatMap((ritual, i) => {
          const { fate, change } = edits.rituals[i]!
          if (!kept(fate)) return []
          const { attendees: picks, ...rest } = fate === 'change' ? change : {}
          const who = picks ? attendees(picks, teamKeys) : ritual.attendees
          return [{ ...ritual, ...rest, attendees: who.filter((k) => present.has(k)) }]
        })
        const artifacts = today.artifacts.flatMap((artifact, i) => {
          const { fate, change } = edits.artifacts[i]!
          if (!kept(fate)) return []
          const { owner: pick, ...rest } = fate === 'change' ? change : {}
          const who = pick === undefined ? artifact.owner : owner(pick, teamKeys)
          return [{ ...artifact, ...rest, owner: who !== null && present.has(who) ? who : null }]
        })

        const target: TeamMap = {
          teams,
          interactions: withDistinctArrows(
            [
              ...interactions,
              ...zipKeys(
                interactionsOf(edits.newInteractions, teamKeys),
                freshFor(edits.freshKeys, today.interactions),
              ),
            ].sort(byKey),
          ),
          rituals: [
            ...rituals,
            ...zipKeys(
              edits.newRituals.map((p) => ({ ...p, attendees: attendees(p.attendees, teamKeys) })),
              freshFor(edits.freshKeys, today.rituals),
            ),
          ].sort(byKey),
          artifacts: [
            ...artifacts,
            ...zipKeys(
              edits.newArtifacts.map((p) => ({ ...p, owner: owner(p.owner, teamKeys) })),
              freshFor(edits.freshKeys, today.artifacts),
            ),
          ].sort(byKey),
        }
        return { today, target }
      }),
)
