/**
 * The canvas of one map, on React Flow: teams to drag, lines drawn from one team's handle to
 * another, zoom and pan. Positions live in React Flow's state while a team moves and are handed
 * up only when it is dropped (or when an arrow key moved it), so a drag never re-renders the
 * editor, the list or the other teams. Keyboard: Tab reaches every team and line; Space selects,
 * arrows move the selection, Enter edits, Delete removes (the editor asks the store and undoes).
 */
import {
  useCallback,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react'
import { useTranslation } from 'react-i18next'
import {
  applyEdgeChanges,
  applyNodeChanges,
  ConnectionMode,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnSelectionChangeParams,
} from '@xyflow/react'
import type { CanvasPosition, TeamMap } from '@shared/domain'
import {
  reconcileEdges,
  reconcileNodes,
  type FlowLabels,
  type InteractionFlowEdge,
  type TeamFlowNode,
} from './flowModel'
import { InteractionEdge } from './InteractionEdge'
import { MapMarkers } from './MapMarkers'
import { TeamNode } from './TeamNode'

const NODE_TYPES = { team: TeamNode }
const EDGE_TYPES = { interaction: InteractionEdge }
const FIT = { padding: 0.2, maxZoom: 1.25 }
const GRID: [number, number] = [10, 10]
/** The attribution is a link to the web; this app is offline and shows no outside links. */
const PRO = { hideAttribution: true }

export interface MapCanvasHandle {
  /**
   * Selects one team, now or as soon as it is on the map (one just added), and brings the whole
   * map into view when that team was drawn outside it.
   */
  selectTeam(key: string): void
}

/** React Flow measures a new team a render or two after it arrives; on a busy laptop, later. */
const PATIENCE_MS = 2000

export interface MapCanvasProps {
  map: TeamMap
  /** The map's name for the canvas region: "Today’s team map". */
  title: string
  labels: FlowLabels
  onMove: (positions: Record<string, CanvasPosition>) => void
  onConnect: (from: string, to: string) => void
  onEdit: (kind: 'team' | 'interaction', key: string) => void
  onRemove: (kind: 'team' | 'interaction', key: string) => void
  onSelectTeam: (key: string | null) => void
  ref?: Ref<MapCanvasHandle>
}

/** A key pressed while typing belongs to the text, never to the canvas. */
const isTyping = (target: EventTarget) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))

export function MapCanvas(props: MapCanvasProps) {
  const { map, title, labels, onMove, onConnect, onEdit, onRemove, onSelectTeam, ref } = props
  const { t } = useTranslation()
  const helpId = useId()
  const [nodes, setNodes] = useState(() => reconcileNodes([], map.teams, labels))
  const [edges, setEdges] = useState(() => reconcileEdges([], map.interactions, labels))
  const [synced, setSynced] = useState({ map, labels })
  const [pending, setPending] = useState<string | null>(null)
  const flow = useReactFlow<TeamFlowNode, InteractionFlowEdge>()
  const frame = useRef<HTMLDivElement>(null)
  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t('teammap.editor.nodeHelp'),
      'node.a11yDescription.keyboardDisabled': t('teammap.editor.nodeHelp'),
      // Moves are said by the editor, with the team's name, once they are saved.
      'node.a11yDescription.ariaLiveMessage': () => '',
      'edge.a11yDescription.default': t('teammap.editor.edgeHelp'),
    }),
    [t],
  )

  // The stored map changed (an edit, an undo, another window): brought in during render, so
  // the canvas never shows a frame of the old map.
  if (synced.map !== map || synced.labels !== labels) {
    const arrived = pending !== null && map.teams.some((team) => team.key === pending)
    setSynced({ map, labels })
    setNodes(reconcileNodes(nodes, map.teams, labels, arrived ? pending : null))
    setEdges(reconcileEdges(edges, map.interactions, labels))
    if (arrived) setPending(null)
  }

  useImperativeHandle(
    ref,
    () => ({
      selectTeam(key) {
        setPending(key)
        const until = performance.now() + PATIENCE_MS
        const reveal = () => {
          const node = flow.getInternalNode(key)
          const box = frame.current?.getBoundingClientRect()
          if (!node?.measured.width || !node.measured.height || !box) {
            if (performance.now() < until) requestAnimationFrame(reveal)
            return
          }
          const { x, y } = node.internals.positionAbsolute
          const topLeft = flow.flowToScreenPosition({ x, y })
          const bottomRight = flow.flowToScreenPosition({
            x: x + node.measured.width,
            y: y + node.measured.height,
          })
          const inside =
            topLeft.x >= box.left &&
            topLeft.y >= box.top &&
            bottomRight.x <= box.right &&
            bottomRight.y <= box.bottom
          if (!inside) void flow.fitView({ ...FIT, duration: 200 })
        }
        requestAnimationFrame(reveal)
        setNodes((ns) =>
          ns.map((n) => (n.selected === (n.id === key) ? n : { ...n, selected: n.id === key })),
        )
      },
    }),
    [flow],
  )

  const onNodesChange = useCallback(
    (changes: NodeChange<TeamFlowNode>[]) => {
      setNodes((ns) => applyNodeChanges(changes, ns))
      // A drop, or an arrow key press: React Flow reports the position as no longer dragging.
      const moved: Record<string, CanvasPosition> = {}
      for (const change of changes)
        if (change.type === 'position' && change.dragging === false && change.position)
          moved[change.id] = { x: Math.round(change.position.x), y: Math.round(change.position.y) }
      if (Object.keys(moved).length > 0) onMove(moved)
    },
    [onMove],
  )
  const onEdgesChange = useCallback(
    (changes: EdgeChange<InteractionFlowEdge>[]) => setEdges((es) => applyEdgeChanges(changes, es)),
    [],
  )
  const onSelectionChange = useCallback(
    ({ nodes: selected }: OnSelectionChangeParams) =>
      onSelectTeam(selected.length === 1 ? (selected[0]?.id ?? null) : null),
    [onSelectTeam],
  )
  const editTeam = useCallback(
    (_: unknown, node: { id: string }) => onEdit('team', node.id),
    [onEdit],
  )
  const editLine = useCallback(
    (_: unknown, edge: { id: string }) => onEdit('interaction', edge.id),
    [onEdit],
  )
  const connect = useCallback(
    (c: Connection) => {
      if (c.source && c.target && c.source !== c.target) onConnect(c.source, c.target)
    },
    [onConnect],
  )

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (isTyping(event.target) || !(event.target instanceof Element)) return
    const node = event.target.closest('.react-flow__node')
    const edge = node ? null : event.target.closest('.react-flow__edge')
    const key = (node ?? edge)?.getAttribute('data-id')
    if (!key) return
    const kind = node ? 'team' : 'interaction'
    if (event.key === 'Enter') {
      event.preventDefault()
      onEdit(kind, key)
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault()
      onRemove(kind, key)
    }
  }

  return (
    <div
      ref={frame}
      className="map-canvas"
      role="region"
      aria-label={t('teammap.editor.canvasLabel', { title })}
      aria-describedby={helpId}
      onKeyDown={onKeyDown}
    >
      <p id={helpId} className="visually-hidden">
        {t('teammap.editor.keyboardHelp')}
      </p>
      <MapMarkers />
      <ReactFlow<TeamFlowNode, InteractionFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onSelectionChange={onSelectionChange}
        onConnect={connect}
        onNodeDoubleClick={editTeam}
        onEdgeDoubleClick={editLine}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={40}
        deleteKeyCode={null}
        snapToGrid
        snapGrid={GRID}
        fitView
        fitViewOptions={FIT}
        minZoom={0.2}
        maxZoom={2}
        zoomOnDoubleClick={false}
        colorMode="system"
        proOptions={PRO}
        ariaLabelConfig={ariaLabelConfig}
      />
      {map.teams.length === 0 && (
        <p className="map-canvas__empty">{t('teammap.editor.emptyCanvas')}</p>
      )}
    </div>
  )
}

export { FIT as FIT_OPTIONS }
