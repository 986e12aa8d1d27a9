/**
 * Ordered lists split into groups by one field: the cards of a lens in their columns, the bets in
 * their priority groups. A move is turned into the few position changes to store (group and
 * order), so a move writes only the items it shifted. cardOrder and betOrder say which field
 * groups their items; the arithmetic is here, once.
 */

/** An item's place: its group (under the field `K`) and its order within the group. */
export type GroupPosition<K extends string, G> = { id: string; order: number } & Record<K, G>

type Item<K extends string> = { id: string; order: number } & Record<K, unknown>

/** Code-unit order for the tie-break: localeCompare calls some distinct ids equal. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The items of one group, by order then id. */
export function itemsInGroup<K extends string, T extends Item<K>>(
  items: readonly T[],
  key: K,
  group: T[K],
): T[] {
  return items
    .filter((item) => item[key] === group)
    .sort((a, b) => a.order - b.order || compareIds(a.id, b.id))
}

/** A whole index within 0..length; NaN counts as 0. */
export function clampIndex(index: number, length: number): number {
  const whole = Number.isNaN(index) ? 0 : Math.trunc(index)
  return Math.min(Math.max(whole, 0), length)
}

/** Positions 0..n-1 in one group, keeping only those that differ from what is stored. */
export function changedPositions<K extends string, G>(
  key: K,
  group: G,
  ordered: readonly Item<K>[],
  before: ReadonlyMap<string, Item<K>>,
): GroupPosition<K, G>[] {
  return ordered
    .map((item, order) => ({ id: item.id, order, [key]: group }) as GroupPosition<K, G>)
    .filter((position) => {
      const old = before.get(position.id)
      return old?.[key] !== group || old.order !== position.order
    })
}

/**
 * Moving `itemId` to `toIndex` of `toGroup` (the index in the target group AFTER taking the item
 * out of its own; clamped): the new positions of every item whose group or order changed, orders
 * renumbered 0..n-1 in each group touched. Unknown id -> []. A move to where it is -> [].
 */
export function moveInGroups<K extends string, T extends Item<K>>(
  items: readonly T[],
  key: K,
  itemId: string,
  toGroup: T[K],
  toIndex: number,
): GroupPosition<K, T[K]>[] {
  const moving = items.find((item) => item.id === itemId)
  if (!moving) return []
  const from = moving[key]
  const others = items.filter((item) => item !== moving)
  const target = itemsInGroup(others, key, toGroup)
  const index = clampIndex(toIndex, target.length)
  // Dropping an item where it already is must not renumber a group whose orders have gaps.
  if (from === toGroup && index === itemsInGroup(items, key, from).indexOf(moving)) return []

  const before = new Map<string, Item<K>>(items.map((item) => [item.id, item]))
  const targetAfter = [...target.slice(0, index), moving, ...target.slice(index)]
  const changed = changedPositions(key, toGroup, targetAfter, before)
  if (from === toGroup) return changed
  return [...changed, ...changedPositions(key, from, itemsInGroup(others, key, from), before)]
}
