/**
 * Auto-layout on request: dagre ranks the teams along their interactions (top to bottom, so
 * teams that are served sit below those they serve) and spaces them by their shapes' sizes.
 * Positions come back as top-left corners on a 10-unit grid, as the canvas stores them.
 */
import dagre from '@dagrejs/dagre'
import type { CanvasPosition, TeamMap } from '@shared/domain'
import { TEAM_SIZES } from '../drawing/teamShapes'

const snap = (v: number) => Math.round(v / 10) * 10

export function layoutTeams(map: TeamMap): Record<string, CanvasPosition> {
  const graph = new dagre.graphlib.Graph({ multigraph: true })
  graph.setGraph({ rankdir: 'TB', nodesep: 70, ranksep: 110, marginx: 40, marginy: 40 })
  graph.setDefaultEdgeLabel(() => ({}))
  for (const team of map.teams) graph.setNode(team.key, { ...TEAM_SIZES[team.type] })
  for (const i of map.interactions) graph.setEdge(i.from, i.to, {}, i.key)
  dagre.layout(graph)
  const positions: Record<string, CanvasPosition> = {}
  for (const team of map.teams) {
    const node = graph.node(team.key)
    const { width, height } = TEAM_SIZES[team.type]
    positions[team.key] = { x: snap(node.x - width / 2), y: snap(node.y - height / 2) }
  }
  return positions
}
