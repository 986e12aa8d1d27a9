/**
 * The ids of the bets in each group of the prioritised list, as a drag works on them, and the ids
 * of the groups' own drop zones (prefixed, so that no bet id can be mistaken for a group).
 */
import { betsInGroup, PRIORITY_GROUPS, type Bet, type PriorityGroup } from '@shared/domain'
import type { ListsLayout } from '../../../ui/useListsDrag'

export type GroupLists = Record<PriorityGroup, string[]>

const GROUP_PREFIX = 'priority-group:'

export function groupLists(bets: readonly Bet[]): GroupLists {
  return {
    committed: betsInGroup(bets, 'committed').map((b) => b.id),
    proposed: betsInGroup(bets, 'proposed').map((b) => b.id),
    parked: betsInGroup(bets, 'parked').map((b) => b.id),
  }
}

/** The id of a group's drop zone, which takes a bet also when the group is empty. */
export function groupDropId(group: PriorityGroup): string {
  return `${GROUP_PREFIX}${group}`
}

function groupOfDropId(id: string): PriorityGroup | null {
  if (!id.startsWith(GROUP_PREFIX)) return null
  const group = id.slice(GROUP_PREFIX.length)
  return PRIORITY_GROUPS.find((g) => g === group) ?? null
}

/** The groups as a drag moves bets within and between them. */
export const GROUP_LAYOUT: ListsLayout<PriorityGroup> = {
  containers: PRIORITY_GROUPS,
  containerOfDropId: groupOfDropId,
}
