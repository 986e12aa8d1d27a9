/**
 * How each tone of radar series is drawn, beyond its colour: the shape and size of its markers.
 * Shared by the chart and its legend, so a legend sample always matches the chart.
 */
import type { RadarTone } from './RadarChart'

interface MarkerStyle {
  shape: 'circle' | 'square'
  /** Radius of a circle, half the side of a square. */
  size: number
}

// Agreed targets get squares a touch larger than the circles of today, so where both sit on the
// same level the circle shows inside the square instead of hiding it.
const MARKERS: Record<RadarTone, MarkerStyle> = {
  current: { shape: 'circle', size: 6 },
  target: { shape: 'square', size: 7 },
  earlierCurrent: { shape: 'circle', size: 4 },
  earlierTarget: { shape: 'square', size: 4.5 },
  personCurrent: { shape: 'circle', size: 5 },
  personTarget: { shape: 'square', size: 5.5 },
}

export function RadarMarker({
  tone,
  x,
  y,
  ...data
}: {
  tone: RadarTone
  x: number
  y: number
  'data-axis'?: number
  'data-value'?: number
}) {
  const { shape, size } = MARKERS[tone]
  if (shape === 'circle') {
    return <circle className="radar-series__marker" cx={x} cy={y} r={size} {...data} />
  }
  return (
    <rect
      className="radar-series__marker"
      x={x - size}
      y={y - size}
      width={2 * size}
      height={2 * size}
      {...data}
    />
  )
}
