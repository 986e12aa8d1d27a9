/**
 * One team on the canvas: its Team Topologies shape at its type's size, its name, type and scope,
 * and the two handles an interaction is drawn between (drag from the right-hand dot to another
 * team). Memoised: during a drag only the dragged team re-renders.
 */
import { memo } from 'react'
import { Handle, Position, type NodeProps } from '@xyflow/react'
import { TEAM_SIZES, teamShapePath, teamTypeClass } from '../drawing/teamShapes'
import type { TeamFlowNode } from './flowModel'

function TeamNodeView({ data, selected }: NodeProps<TeamFlowNode>) {
  const { team, typeLabel } = data
  const { width, height } = TEAM_SIZES[team.type]
  return (
    <div
      className={`map-node map-node--${team.type}${selected ? ' map-node--selected' : ''}`}
      style={{ width, height }}
    >
      <svg
        className="map-node__shape"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
      >
        <path className={`team-shape ${teamTypeClass(team.type)}`} d={teamShapePath(team.type)} />
      </svg>
      <div className="map-node__text" aria-hidden="true">
        <span className="map-node__name">{team.name}</span>
        <span className="map-node__type">{typeLabel}</span>
        {team.scope && <span className="map-node__scope">{team.scope}</span>}
      </div>
      {/* Loose connection mode: either handle starts or ends a line; the line itself floats. */}
      <Handle type="target" position={Position.Left} className="map-node__handle" />
      <Handle
        type="source"
        position={Position.Right}
        className="map-node__handle map-node__handle--source"
      />
    </div>
  )
}

export const TeamNode = memo(TeamNodeView)
