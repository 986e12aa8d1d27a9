/**
 * How the editor names a map's things in its lists, labels and announcements: a team by its
 * name, an interaction by its two ends and its mode ("Checkout → Payments, X-as-a-service").
 */
import type { TFunction } from 'i18next'
import type { MapInteractionEntry, TeamMap } from '@shared/domain'

export type MapItemKind = 'team' | 'interaction' | 'ritual' | 'artifact'

export interface MapItem {
  kind: MapItemKind
  key: string
}

export function teamName(map: TeamMap, key: string): string {
  return map.teams.find((team) => team.key === key)?.name ?? key
}

export function interactionName(
  t: TFunction,
  map: TeamMap,
  interaction: Pick<MapInteractionEntry, 'from' | 'to' | 'mode'>,
): string {
  return t('teammap.announce.interactionName', {
    from: teamName(map, interaction.from),
    to: teamName(map, interaction.to),
    mode: t(`teammap.view.modes.${interaction.mode}`),
  })
}

/** The name of any item of the map, or null when it is no longer on it. */
export function itemName(t: TFunction, map: TeamMap, item: MapItem): string | null {
  switch (item.kind) {
    case 'team':
      return map.teams.find((e) => e.key === item.key)?.name ?? null
    case 'interaction': {
      const interaction = map.interactions.find((e) => e.key === item.key)
      return interaction ? interactionName(t, map, interaction) : null
    }
    case 'ritual':
      return map.rituals.find((e) => e.key === item.key)?.name ?? null
    case 'artifact':
      return map.artifacts.find((e) => e.key === item.key)?.name ?? null
  }
}

/** Ids of the list's controls, so the focus can come back to them after a dialog. */
export const editButtonId = (item: MapItem) => `map-${item.kind}-edit-${item.key}`
export const removeButtonId = (item: MapItem) => `map-${item.kind}-remove-${item.key}`

/** The canvas element of a team or an interaction, to give the focus back to it. */
export function canvasElement(item: MapItem): HTMLElement | SVGElement | null {
  const selector = item.kind === 'team' ? '.react-flow__node' : '.react-flow__edge'
  const all = document.querySelectorAll<HTMLElement | SVGElement>(`.map-canvas ${selector}`)
  return [...all].find((el) => el.getAttribute('data-id') === item.key) ?? null
}
