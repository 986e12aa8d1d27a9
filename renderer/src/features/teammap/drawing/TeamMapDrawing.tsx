/**
 * One team map as a plain SVG picture, for the diff view, the projector and the PDF: each team
 * in its Team Topologies shape where it stands on the canvas, with its name and type; each
 * interaction as a line in its mode's dash, width and arrow; a legend of what is present.
 * Nothing in it can be focused or operated (no React Flow, no handles): it is one image with an
 * accessible name, and the same facts are offered as text beside it wherever it is used.
 *
 * Highlights mark what the diff names (added, changed, removed) with a coloured outline and a
 * worded badge, so a change reads without colour too.
 */
import { useId, useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type {
  InteractionMode,
  MapInteractionEntry,
  MapTeamEntry,
  TeamMap,
  TeamType,
} from '@shared/domain'
import {
  charWidth,
  contentBox,
  flowRows,
  legendEntryWidth,
  lineGeometries,
  wrapText,
  type Box,
  type LineGeometry,
  type Point,
} from './drawingGeometry'
import { MODE_LINES, modeClass, teamShapePath, teamTypeClass, TEAM_SIZES } from './teamShapes'

export type MapHighlight = 'added' | 'changed' | 'removed'

export interface MapHighlights {
  teams?: Readonly<Record<string, MapHighlight>>
  interactions?: Readonly<Record<string, MapHighlight>>
}

export interface TeamMapDrawingProps {
  map: TeamMap
  /** The picture's name: "Team map: today". */
  title: string
  highlights?: MapHighlights
  className?: string
}

const NAME_SIZE = 15
const TYPE_SIZE = 11
const LEGEND_SIZE = 13
const LEGEND_ROW = 30
const LEGEND_MARK = 40
/** A legend can always hold a few entries side by side, however small the map. */
const MIN_WIDTH = 560

function TeamText({ team, typeLabel }: { team: MapTeamEntry; typeLabel: string }) {
  const { width, height } = TEAM_SIZES[team.type]
  // Tall shapes take three short lines, wide ones two long lines.
  const maxLines = height >= 90 ? 3 : 2
  const lines = wrapText(team.name, (width - 20) / charWidth(NAME_SIZE), maxLines)
  const typeLine = wrapText(typeLabel, (width - 12) / charWidth(TYPE_SIZE), 1)[0] ?? ''
  const lineHeight = NAME_SIZE * 1.15
  const block = lines.length * lineHeight + TYPE_SIZE * 1.3
  const top = (height - block) / 2 + NAME_SIZE * 0.85
  return (
    <text className="map-drawing__name" x={width / 2} textAnchor="middle">
      {lines.map((line, i) => (
        <tspan key={i} x={width / 2} y={top + i * lineHeight} fontSize={NAME_SIZE}>
          {line}
        </tspan>
      ))}
      <tspan
        className="map-drawing__type"
        x={width / 2}
        y={top + lines.length * lineHeight + TYPE_SIZE * 0.3}
        fontSize={TYPE_SIZE}
      >
        {typeLine}
      </tspan>
    </text>
  )
}

function Badge({ x, y, label, tone }: { x: number; y: number; label: string; tone: MapHighlight }) {
  const width = label.length * charWidth(11) + 14
  return (
    <g className={`map-badge map-badge--${tone}`} transform={`translate(${x - width / 2} ${y})`}>
      <rect width={width} height={18} rx={9} />
      <text x={width / 2} y={13} textAnchor="middle" fontSize={11}>
        {label}
      </text>
    </g>
  )
}

function Team({
  team,
  highlight,
  typeLabel,
  badgeLabel,
}: {
  team: MapTeamEntry
  highlight: MapHighlight | undefined
  typeLabel: string
  badgeLabel: string
}) {
  const { width, height } = TEAM_SIZES[team.type]
  const tone = highlight ? ` map-drawing__team--${highlight}` : ''
  return (
    <g className={`map-drawing__team${tone}`} transform={`translate(${team.x} ${team.y})`}>
      {highlight && (
        <rect
          className={`map-outline map-outline--${highlight}`}
          x={-6}
          y={-6}
          width={width + 12}
          height={height + 12}
          rx={14}
        />
      )}
      <path className={`team-shape ${teamTypeClass(team.type)}`} d={teamShapePath(team.type)} />
      <TeamText team={team} typeLabel={typeLabel} />
      {highlight && <Badge x={width - 10} y={-16} label={badgeLabel} tone={highlight} />}
    </g>
  )
}

function Line({
  line,
  mode,
  highlight,
  markerId,
}: {
  line: LineGeometry
  mode: InteractionMode
  highlight: MapHighlight | undefined
  markerId: string
}) {
  const style = MODE_LINES[mode]
  const tone = highlight ? ` map-drawing__line--${highlight}` : ''
  return (
    <line
      className={`map-drawing__line ${modeClass(mode)}${tone}`}
      x1={line.from.x}
      y1={line.from.y}
      x2={line.to.x}
      y2={line.to.y}
      strokeWidth={style.width}
      strokeDasharray={style.dash || undefined}
      markerEnd={style.arrow ? `url(#${markerId}-${mode})` : undefined}
    />
  )
}

interface LegendEntry {
  id: string
  label: string
  width: number
  mark: (x: number, y: number) => ReactNode
}

function legendEntries(
  types: readonly TeamType[],
  modes: readonly InteractionMode[],
  label: { type: (t: TeamType) => string; mode: (m: InteractionMode) => string },
  markerId: string,
): LegendEntry[] {
  const typeEntries = types.map((type): LegendEntry => {
    const { width, height } = TEAM_SIZES[type]
    const scale = Math.min(LEGEND_MARK / width, 22 / height)
    return {
      id: `type-${type}`,
      label: label.type(type),
      width: legendEntryWidth(label.type(type), LEGEND_SIZE, LEGEND_MARK),
      mark: (x, y) => (
        <path
          className={`team-shape ${teamTypeClass(type)}`}
          d={teamShapePath(type)}
          transform={`translate(${x + (LEGEND_MARK - width * scale) / 2} ${y - (height * scale) / 2}) scale(${scale})`}
          strokeWidth={1 / scale}
        />
      ),
    }
  })
  const modeEntries = modes.map((mode): LegendEntry => {
    const style = MODE_LINES[mode]
    return {
      id: `mode-${mode}`,
      label: label.mode(mode),
      width: legendEntryWidth(label.mode(mode), LEGEND_SIZE, LEGEND_MARK),
      mark: (x, y) => (
        <line
          className={`map-drawing__line ${modeClass(mode)}`}
          x1={x}
          y1={y}
          x2={x + LEGEND_MARK - (style.arrow ? 6 : 0)}
          y2={y}
          strokeWidth={style.width}
          strokeDasharray={style.dash || undefined}
          markerEnd={style.arrow ? `url(#${markerId}-${mode})` : undefined}
        />
      ),
    }
  })
  return [...typeEntries, ...modeEntries]
}

function Legend({
  entries,
  places,
  box,
}: {
  entries: LegendEntry[]
  places: readonly Point[]
  box: Box
}) {
  return (
    <g className="map-drawing__legend" transform={`translate(${box.x} ${box.y})`}>
      {entries.map((entry, i) => {
        const place = places[i] ?? { x: 0, y: 0 }
        const y = place.y + LEGEND_ROW / 2
        return (
          <g key={entry.id}>
            {entry.mark(place.x, y)}
            <text x={place.x + LEGEND_MARK + 8} y={y + LEGEND_SIZE * 0.35} fontSize={LEGEND_SIZE}>
              {entry.label}
            </text>
          </g>
        )
      })}
    </g>
  )
}

/** The types and modes on the map, in the domain's own order, each once. */
function presentKinds(
  teams: readonly MapTeamEntry[],
  interactions: readonly MapInteractionEntry[],
) {
  const types = [...new Set(teams.map((t) => t.type))]
  const modes = [...new Set(interactions.map((i) => i.mode))]
  return { types, modes }
}

export function TeamMapDrawing({ map, title, highlights, className }: TeamMapDrawingProps) {
  const { t } = useTranslation()
  const markerId = `map-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const { teams, interactions } = map
  const lines = useMemo(() => lineGeometries(teams, interactions), [teams, interactions])
  const { types, modes } = useMemo(() => presentKinds(teams, interactions), [teams, interactions])
  const byKey = useMemo(() => new Map(interactions.map((i) => [i.key, i])), [interactions])

  const content = contentBox(teams)
  const width = Math.max(content.width, MIN_WIDTH)
  const x = content.x - (width - content.width) / 2
  const entries = legendEntries(
    types,
    modes,
    {
      type: (type) => t(`teammap.view.types.${type}`),
      mode: (mode) => t(`teammap.view.modes.${mode}`),
    },
    markerId,
  )
  const legendPlaces = flowRows(
    entries.map((e) => e.width),
    width - 32,
    LEGEND_ROW,
  )
  const legendRows = entries.length === 0 ? 0 : (legendPlaces.at(-1)?.y ?? 0) / LEGEND_ROW + 1
  const legendBox: Box = {
    x: x + 16,
    y: content.y + content.height,
    width: width - 32,
    height: legendRows * LEGEND_ROW,
  }
  const height = content.height + legendBox.height + (legendRows > 0 ? 16 : 0)
  const badge = (tone: MapHighlight) => t(`teammap.view.highlight.${tone}`)
  const summary = t('teammap.view.summary', {
    title,
    teams: t('teammap.view.teamCount', { count: teams.length }),
    interactions: t('teammap.view.interactionCount', { count: interactions.length }),
    names: teams.map((team) => team.name).join(', ') || t('teammap.view.noTeams'),
  })

  return (
    <svg
      className={`map-drawing${className ? ` ${className}` : ''}`}
      role="img"
      aria-label={summary}
      viewBox={`${x} ${content.y} ${width} ${height}`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title>{title}</title>
      <defs>
        {modes
          .filter((mode) => MODE_LINES[mode].arrow)
          .map((mode) => (
            <marker
              key={mode}
              id={`${markerId}-${mode}`}
              viewBox="0 0 10 10"
              refX={8}
              refY={5}
              markerWidth={5}
              markerHeight={5}
              orient="auto-start-reverse"
            >
              <path className={`map-arrow map-arrow--${mode}`} d="M0 0L10 5L0 10Z" />
            </marker>
          ))}
      </defs>
      <g className="map-drawing__lines">
        {lines.map((line) => {
          const interaction = byKey.get(line.key)
          if (!interaction) return null
          return (
            <Line
              key={line.key}
              line={line}
              mode={interaction.mode}
              highlight={highlights?.interactions?.[line.key]}
              markerId={markerId}
            />
          )
        })}
      </g>
      {teams.map((team) => (
        <Team
          key={team.key}
          team={team}
          highlight={highlights?.teams?.[team.key]}
          typeLabel={t(`teammap.view.types.${team.type}`)}
          badgeLabel={badge(highlights?.teams?.[team.key] ?? 'changed')}
        />
      ))}
      {/* Line badges above the teams: a badge in the middle of a line must not hide under one. */}
      {lines.map((line) => {
        const tone = highlights?.interactions?.[line.key]
        return tone ? (
          <Badge
            key={line.key}
            x={line.badge.x}
            y={line.badge.y - 9}
            label={badge(tone)}
            tone={tone}
          />
        ) : null
      })}
      {teams.length === 0 && (
        <text
          className="map-drawing__empty"
          x={content.x + content.width / 2}
          y={content.y + content.height / 2}
          textAnchor="middle"
          fontSize={LEGEND_SIZE + 2}
        >
          {t('teammap.view.noTeams')}
        </text>
      )}
      {entries.length > 0 && <Legend entries={entries} places={legendPlaces} box={legendBox} />}
    </svg>
  )
}
