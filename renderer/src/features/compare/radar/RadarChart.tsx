/**
 * A hand-drawn SVG radar chart: one axis per lens, five rings for the levels, one closed shape per
 * series, and a legend. Plain SVG rather than a chart library, so it prints sharply in the PDF
 * summary and stays small. Colours come from radar.css (imported here, so the print report gets
 * them too); each series is also told apart by its line and markers, never by colour alone.
 */
import { useId, useMemo, type JSX } from 'react'
import {
  LEVELS,
  axisAngle,
  axisLabel,
  levelRadius,
  pointsAttribute,
  polar,
  ringPoints,
  seriesPoints,
  viewBoxFor,
  LABEL_LINE_HEIGHT,
  RADIUS,
} from './radarGeometry'
import { RadarLegend } from './RadarLegend'
import { RadarMarker } from './RadarMarker'

export type RadarTone =
  'current' | 'target' | 'earlierCurrent' | 'earlierTarget' | 'personCurrent' | 'personTarget'

export interface RadarSeries {
  id: string
  label: string
  values: readonly (number | null)[]
  tone: RadarTone
}

export interface RadarChartProps {
  /** Lens titles, one axis per lens, clockwise from the top. */
  axes: readonly string[]
  /** values[i] belongs to axes[i]; 1..5 or null. */
  series: readonly RadarSeries[]
  /** The accessible name. */
  title: string
  /** Optional longer text (aria-describedby). */
  description?: string
  className?: string
}

function Grid({ count }: { count: number }) {
  return (
    <g className="radar-chart__grid">
      {LEVELS.map((level) => {
        const ring = ringPoints(level, count)
        const className = `radar-chart__ring${level === LEVELS.length ? ' radar-chart__ring--outer' : ''}`
        return ring ? (
          <polygon key={level} className={className} points={pointsAttribute(ring)} />
        ) : (
          <circle key={level} className={className} cx={0} cy={0} r={levelRadius(level)} />
        )
      })}
      {Array.from({ length: count }, (_, i) => {
        const end = polar(RADIUS, axisAngle(i, count))
        return <line key={i} className="radar-chart__spoke" x1={0} y1={0} x2={end.x} y2={end.y} />
      })}
    </g>
  )
}

/** The level numbers, just left of the top spoke, drawn over the series with a halo. */
function LevelNumbers() {
  return (
    <g className="radar-chart__levels">
      {LEVELS.map((level) => (
        <text
          key={level}
          className="radar-chart__level"
          x={-15}
          y={-levelRadius(level) + 5}
          textAnchor="end"
        >
          {level}
        </text>
      ))}
    </g>
  )
}

function AxisLabels({ axes }: { axes: readonly string[] }) {
  return (
    <g className="radar-chart__labels">
      {axes.map((title, i) => {
        const label = axisLabel(title, i, axes.length)
        return (
          <text
            key={i}
            className="radar-chart__label"
            x={label.x}
            y={label.y}
            textAnchor={label.anchor}
          >
            {label.truncated && <title>{title}</title>}
            {label.lines.map((line, n) => (
              <tspan key={n} x={label.x} dy={n === 0 ? 0 : LABEL_LINE_HEIGHT}>
                {line}
              </tspan>
            ))}
          </text>
        )
      })}
    </g>
  )
}

function Series({ series, count }: { series: RadarSeries; count: number }) {
  const points = seriesPoints(series.values, count)
  const attribute = pointsAttribute(points)
  return (
    <g className={`radar-series radar-tone--${series.tone}`} data-series={series.id}>
      {/* A shape only through the points there are: a missing score is never drawn as 0. */}
      {points.length >= 3 ? (
        <polygon className="radar-series__shape" points={attribute} />
      ) : points.length === 2 ? (
        <polyline className="radar-series__line" points={attribute} />
      ) : null}
      {points.map((p) => (
        <RadarMarker
          key={p.axis}
          tone={series.tone}
          x={p.x}
          y={p.y}
          data-axis={p.axis}
          data-value={p.value}
        />
      ))}
    </g>
  )
}

export function RadarChart({
  axes,
  series,
  title,
  description,
  className,
}: RadarChartProps): JSX.Element {
  const titleId = useId()
  const descId = useId()
  const viewBox = useMemo(
    () => viewBoxFor(axes.map((axis, i) => axisLabel(axis, i, axes.length))),
    [axes],
  )
  return (
    <div className={className ? `radar-chart ${className}` : 'radar-chart'}>
      <svg
        className="radar-chart__svg"
        viewBox={viewBox}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={description ? descId : undefined}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{title}</title>
        {description && <desc id={descId}>{description}</desc>}
        <Grid count={axes.length} />
        <AxisLabels axes={axes} />
        {series.map((s) => (
          <Series key={s.id} series={s} count={axes.length} />
        ))}
        <LevelNumbers />
      </svg>
      {series.length > 0 && <RadarLegend series={series} />}
    </div>
  )
}
