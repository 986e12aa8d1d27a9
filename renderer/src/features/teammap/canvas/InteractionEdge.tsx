/**
 * One interaction on the canvas: a straight line from outline to outline in its mode's dash,
 * width, colour and arrow (MODE_LINES, modeClass). It follows its two teams live while one is
 * dragged, reading their positions from React Flow's store rather than from the saved map.
 */
import { memo } from 'react'
import { BaseEdge, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react'
import { MODE_LINES, modeClass } from '../drawing/teamShapes'
import { nodeBox, segmentBetween, type InteractionFlowEdge, type TeamFlowNode } from './flowModel'
import { markerId } from './MapMarkers'

const boxOf = (node: InternalNode<TeamFlowNode>) =>
  nodeBox(node.internals.positionAbsolute, node.data.team.type, node.measured)

function InteractionEdgeView({
  id,
  source,
  target,
  data,
  selected,
}: EdgeProps<InteractionFlowEdge>) {
  const from = useInternalNode<TeamFlowNode>(source)
  const to = useInternalNode<TeamFlowNode>(target)
  if (!from || !to || !data) return null
  const { from: a, to: b } = segmentBetween(boxOf(from), boxOf(to), source, target, data.offset)
  const line = MODE_LINES[data.mode]
  const path = `M${a.x},${a.y}L${b.x},${b.y}`
  return (
    <>
      {selected && <path className="map-edge__halo" d={path} strokeWidth={line.width + 8} />}
      <BaseEdge
        id={id}
        path={path}
        className={`map-edge ${modeClass(data.mode)}`}
        style={{
          stroke: `var(--map-line-${data.mode})`,
          strokeWidth: line.width,
          strokeDasharray: line.dash || undefined,
        }}
        markerEnd={line.arrow ? `url(#${markerId(data.mode)})` : undefined}
        interactionWidth={18}
      />
    </>
  )
}

export const InteractionEdge = memo(InteractionEdgeView)
