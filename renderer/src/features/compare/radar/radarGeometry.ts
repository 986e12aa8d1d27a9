/**
 * Where everything of the radar chart goes, in SVG user units around a centre at (0, 0): the
 * axes, the ring of each level, the points of a series and the axis labels, and the viewBox that
 * holds them all. Pure, so the layout can be reasoned about (and tested) without a browser.
 */

export const LEVELS = [1, 2, 3, 4, 5] as const
export const MAX_LEVEL = 5
/** Radius of the outer ring (level 5). Level 1 sits at a fifth of it, never at the centre. */
export const RADIUS = 200
/** Space between the outer ring and the nearest edge of a label. */
const LABEL_GAP = 22
export const LABEL_FONT_SIZE = 18
export const LABEL_LINE_HEIGHT = 21
/** Lens titles wrap at about this many characters a line, and use at most two lines. */
const LINE_CHARS = 16
/** A generous average glyph width for the app's sans-serif at weight 600, in em. */
const GLYPH_WIDTH = 0.6
/** Share of the font size above and below the baseline. */
const ASCENT = 0.8
const DESCENT = 0.25
/** Breathing room around everything, so strokes and markers never touch the edge. */
const MARGIN = 12

export interface Point {
  x: number
  y: number
}

/** Axis i of n, clockwise from the top (SVG's y grows downwards). */
export function axisAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count
}

export function polar(radius: number, angle: number): Point {
  // Rounded so the markup stays short and stable; 0.01 of a unit is far below a pixel.
  const round = (n: number) => Math.round(n * 100) / 100 + 0
  return { x: round(radius * Math.cos(angle)), y: round(radius * Math.sin(angle)) }
}

export function levelRadius(level: number): number {
  return (RADIUS * level) / MAX_LEVEL
}

/** A value the chart can place: a finite level from 1 to 5. Anything else is "no point". */
export function isPlottable(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 && value <= MAX_LEVEL
}

export interface PlottedPoint extends Point {
  axis: number
  value: number
}

/** The points a series has, in axis order; axes without a plottable value are skipped. */
export function seriesPoints(values: readonly (number | null)[], count: number): PlottedPoint[] {
  const points: PlottedPoint[] = []
  for (let axis = 0; axis < count; axis++) {
    const value = values[axis]
    if (!isPlottable(value)) continue
    points.push({ axis, value, ...polar(levelRadius(value), axisAngle(axis, count)) })
  }
  return points
}

export function pointsAttribute(points: readonly Point[]): string {
  return points.map(({ x, y }) => `${x},${y}`).join(' ')
}

/** Splits a title into at most two lines at spaces; a longer rest ends with an ellipsis. */
export function wrapLabel(title: string): { lines: string[]; truncated: boolean } {
  const words = title.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return { lines: [''], truncated: false }
  let first = words[0] ?? ''
  let index = 1
  while (index < words.length && `${first} ${words[index]}`.length <= LINE_CHARS) {
    first = `${first} ${words[index]}`
    index++
  }
  const rest = words.slice(index).join(' ')
  if (rest === '') return { lines: [first], truncated: false }
  // A little over a line is still better shown whole than cut.
  if (rest.length <= LINE_CHARS + 4) return { lines: [first, rest], truncated: false }
  return { lines: [first, `${rest.slice(0, LINE_CHARS).trimEnd()}…`], truncated: true }
}

export interface AxisLabel {
  lines: string[]
  truncated: boolean
  x: number
  /** Baseline of the first line. */
  y: number
  anchor: 'start' | 'middle' | 'end'
  box: { minX: number; minY: number; maxX: number; maxY: number }
}

/** Beyond this share of the way round, a label sits beside its axis end rather than centred on it. */
const SIDEWAYS = 0.2

/** Places a label just outside the outer ring, on the side away from the chart. */
export function axisLabel(title: string, index: number, count: number): AxisLabel {
  const { lines, truncated } = wrapLabel(title)
  const angle = axisAngle(index, count)
  const cos = Math.cos(angle)
  const sin = Math.sin(angle)
  const anchorPoint = polar(RADIUS + LABEL_GAP, angle)
  const anchor = cos > SIDEWAYS ? 'start' : cos < -SIDEWAYS ? 'end' : 'middle'
  const width = Math.max(...lines.map((line) => line.length)) * GLYPH_WIDTH * LABEL_FONT_SIZE
  const ascent = ASCENT * LABEL_FONT_SIZE
  const height = (lines.length - 1) * LABEL_LINE_HEIGHT + ascent + DESCENT * LABEL_FONT_SIZE
  // Above the chart the block grows upwards, below it downwards, beside it from its middle.
  const top =
    sin < -SIDEWAYS
      ? anchorPoint.y - height
      : sin > SIDEWAYS
        ? anchorPoint.y
        : anchorPoint.y - height / 2
  const left =
    anchor === 'start'
      ? anchorPoint.x
      : anchor === 'end'
        ? anchorPoint.x - width
        : anchorPoint.x - width / 2
  return {
    lines,
    truncated,
    x: anchorPoint.x,
    y: Math.round((top + ascent) * 100) / 100,
    anchor,
    box: { minX: left, minY: top, maxX: left + width, maxY: top + height },
  }
}

/** A viewBox centred on the chart, large enough for the rings and every label. */
export function viewBoxFor(labels: readonly AxisLabel[]): string {
  let halfWidth = RADIUS
  let halfHeight = RADIUS
  for (const { box } of labels) {
    halfWidth = Math.max(halfWidth, -box.minX, box.maxX)
    halfHeight = Math.max(halfHeight, -box.minY, box.maxY)
  }
  const w = Math.ceil(halfWidth + MARGIN)
  const h = Math.ceil(halfHeight + MARGIN)
  return `${-w} ${-h} ${2 * w} ${2 * h}`
}

/** One ring: a polygon through every axis at that level, or a circle when there are too few axes. */
export function ringPoints(level: number, count: number): Point[] | null {
  if (count < 3) return null
  return Array.from({ length: count }, (_, i) => polar(levelRadius(level), axisAngle(i, count)))
}
