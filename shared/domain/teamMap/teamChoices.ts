/**
 * The teams a person can point at from elsewhere (a bet that changes them): every team on either
 * map once, named as the target calls it (where the room is heading), and said plainly when it is
 * on one map only.
 */
import type { MapElement } from './teamMap'

export interface TeamChoice {
  key: string
  name: string
  /** Where the team is: on both maps, only today (it goes away), or only in the target (new). */
  on: 'both' | 'today' | 'target'
}

export function teamChoices(elements: readonly MapElement[]): TeamChoice[] {
  const today = new Map<string, string>()
  const target = new Map<string, string>()
  for (const e of elements)
    if (e.kind === 'team') (e.side === 'today' ? today : target).set(e.key, e.name)
  const keys = new Set([...target.keys(), ...today.keys()])
  return [...keys]
    .map((key): TeamChoice => {
      const name = target.get(key) ?? today.get(key) ?? ''
      const on = today.has(key) ? (target.has(key) ? 'both' : 'today') : 'target'
      return { key, name, on }
    })
    .sort((a, b) => a.name.localeCompare(b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/** The names of `keys` as teamChoices gives them, in that order; unknown keys are left out. */
export function teamNames(elements: readonly MapElement[], keys: readonly string[]): string[] {
  const choices = new Map(teamChoices(elements).map((c) => [c.key, c.name]))
  return keys.flatMap((key) => {
    const name = choices.get(key)
    return name === undefined ? [] : [name]
  })
}
