/**
 * The team map as React Flow sees it: a node per team and an edge per interaction. Built from the
 * stored map on every change, but reusing the previous node or edge object whenever its team or
 * interaction did not change, so a move or an edit re-renders one node, never all sixty.
 */
import type { Edge, Node } from '@xyflow/react'
import type {
  InteractionMode,
  MapInteractionEntry,
  MapTeamEntry,
  TeamMap,
  TeamType,
} from '@shared/domain'
import { ARROW_ROOM, boxCentre, edgePoint, type Box, type Point } from '../drawing/drawingGeometry'
import { TEAM_SIZES } from '../drawing/teamShapes'

export interface TeamNodeData extends Record<string, unknown> {
  team: MapTeamEntry
  typeLabel: string
}
export type TeamFlowNode = Node<TeamNodeData, 'team'>

export interface InteractionEdgeData extends Record<string, unknown> {
  mode: InteractionMode
  /** Across the line, in canvas units: lines between the same two teams stand apart. */
  offset: number
}
export type InteractionFlowEdge = Edge<InteractionEdgeData, 'interaction'>

export interface FlowLabels {
  type: (type: TeamType) => string
  team: (team: MapTeamEntry) => string
  interaction: (interaction: MapInteractionEntry) => string
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i])

function sameTeam(a: MapTeamEntry, b: MapTeamEntry): boolean {
  return (
    a.name === b.name &&
    a.type === b.type &&
    a.scope === b.scope &&
    a.size === b.size &&
    a.funding === b.funding &&
    a.note === b.note &&
    a.x === b.x &&
    a.y === b.y &&
    sameList(a.lensIds, b.lensIds)
  )
}

/**
 * The nodes of `teams`, keeping what only the canvas knows of the previous ones: selection,
 * measured size, and the position of a team still being dragged (the drop commits it).
 * `select`, when given, is the one team to select (one just added), the others unselected.
 */
export function reconcileNodes(
  previous: readonly TeamFlowNode[],
  teams: readonly MapTeamEntry[],
  labels: FlowLabels,
  select: string | null = null,
): TeamFlowNode[] {
  const before = new Map(previous.map((n) => [n.id, n]))
  return teams.map((team) => {
    const old = before.get(team.key)
    const selected = select === null ? (old?.selected ?? false) : team.key === select
    if (old && sameTeam(old.data.team, team) && old.selected === selected) return old
    return {
      ...old,
      id: team.key,
      type: 'team',
      position: old?.dragging ? old.position : { x: team.x, y: team.y },
      data: { team, typeLabel: labels.type(team.type) },
      selected,
      ariaLabel: labels.team(team),
    }
  })
}

const pairOf = (i: MapInteractionEntry) =>
  i.from < i.to ? `${i.from} ${i.to}` : `${i.to} ${i.from}`

/** Space between parallel lines that join the same two teams (as the read-only drawing). */
const PARALLEL_GAP = 12

export function reconcileEdges(
  previous: readonly InteractionFlowEdge[],
  interactions: readonly MapInteractionEntry[],
  labels: FlowLabels,
): InteractionFlowEdge[] {
  const before = new Map(previous.map((e) => [e.id, e]))
  const pairs = new Map<string, string[]>()
  for (const i of interactions) pairs.set(pairOf(i), [...(pairs.get(pairOf(i)) ?? []), i.key])
  return interactions.map((interaction) => {
    const siblings = pairs.get(pairOf(interaction)) ?? [interaction.key]
    const offset = (siblings.indexOf(interaction.key) - (siblings.length - 1) / 2) * PARALLEL_GAP
    const ariaLabel = labels.interaction(interaction)
    const old = before.get(interaction.key)
    if (
      old?.data &&
      old.source === interaction.from &&
      old.target === interaction.to &&
      old.data.mode === interaction.mode &&
      old.data.offset === offset &&
      old.ariaLabel === ariaLabel
    )
      return old
    return {
      ...old,
      id: interaction.key,
      type: 'interaction',
      source: interaction.from,
      target: interaction.to,
      data: { mode: interaction.mode, offset },
      selected: old?.selected ?? false,
      ariaLabel,
    }
  })
}

/** The box a team stands in on the canvas: where it is, at its type's size unless measured. */
export function nodeBox(
  position: Point,
  type: TeamType,
  measured?: { width?: number | undefined; height?: number | undefined },
): Box {
  const size = TEAM_SIZES[type]
  return {
    x: position.x,
    y: position.y,
    width: measured?.width ?? size.width,
    height: measured?.height ?? size.height,
  }
}

/**
 * The segment drawn for one interaction, from outline to outline, shifted across the pair's own
 * direction (low key to high key) by `offset` so two lines of opposite directions move apart.
 */
export function segmentBetween(
  fromBox: Box,
  toBox: Box,
  fromKey: string,
  toKey: string,
  offset: number,
): { from: Point; to: Point } {
  const [low, high] = fromKey < toKey ? [fromBox, toBox] : [toBox, fromBox]
  const a = boxCentre(low)
  const b = boxCentre(high)
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1
  const shift = { x: (-(b.y - a.y) / length) * offset, y: ((b.x - a.x) / length) * offset }
  const shifted = (box: Box): Box => ({ ...box, x: box.x + shift.x, y: box.y + shift.y })
  const fromCentre = boxCentre(fromBox)
  const toCentre = boxCentre(toBox)
  return {
    from: edgePoint(shifted(fromBox), { x: toCentre.x + shift.x, y: toCentre.y + shift.y }, 2),
    to: edgePoint(
      shifted(toBox),
      { x: fromCentre.x + shift.x, y: fromCentre.y + shift.y },
      ARROW_ROOM,
    ),
  }
}

/** The teams of a map by key, for names in sentences. */
export const teamsByKey = (map: TeamMap) => new Map(map.teams.map((t) => [t.key, t]))
