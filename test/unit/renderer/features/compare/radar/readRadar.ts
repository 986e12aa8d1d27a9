/**
 * Reads a rendered radar chart back from its SVG geometry, as a viewer would: which level each
 * series reaches on each axis, worked out from where its markers and shape are drawn.
 */
export interface Plotted {
  x: number
  y: number
}

const num = (el: Element, name: string) => Number(el.getAttribute(name))

export function radarSvg(container: HTMLElement): SVGSVGElement {
  const svg = container.querySelector('svg[role="img"]')
  if (!(svg instanceof SVGSVGElement)) throw new Error('no radar chart')
  return svg
}

/** The centre, where every spoke starts. */
export function centre(svg: SVGSVGElement): Plotted {
  const spoke = svg.querySelector('.radar-chart__spoke')
  if (!spoke) throw new Error('no spokes')
  return { x: num(spoke, 'x1'), y: num(spoke, 'y1') }
}

/** The radius of level 5: where the spokes end. */
export function outerRadius(svg: SVGSVGElement): number {
  const spoke = svg.querySelector('.radar-chart__spoke')
  if (!spoke) throw new Error('no spokes')
  return Math.hypot(num(spoke, 'x2') - num(spoke, 'x1'), num(spoke, 'y2') - num(spoke, 'y1'))
}

export function seriesGroup(svg: SVGSVGElement, id: string): Element {
  const group = svg.querySelector(`[data-series="${id}"]`)
  if (!group) throw new Error(`no series ${id}`)
  return group
}

function markerCentre(marker: Element): Plotted {
  if (marker.tagName === 'circle') return { x: num(marker, 'cx'), y: num(marker, 'cy') }
  return {
    x: num(marker, 'x') + num(marker, 'width') / 2,
    y: num(marker, 'y') + num(marker, 'height') / 2,
  }
}

export function distance(svg: SVGSVGElement, point: Plotted): number {
  const c = centre(svg)
  return Math.hypot(point.x - c.x, point.y - c.y)
}

/** The axis (clockwise from the top) a point lies on, given how many axes there are. */
export function axisOf(svg: SVGSVGElement, point: Plotted, axes: number): number {
  const c = centre(svg)
  const fromTop = Math.atan2(point.x - c.x, -(point.y - c.y))
  const turn = (fromTop + 2 * Math.PI) % (2 * Math.PI)
  return Math.round((turn / (2 * Math.PI)) * axes) % axes
}

/** Level 1 to 5 a point shows, from its distance to the centre. */
export function levelOf(svg: SVGSVGElement, point: Plotted): number {
  return Math.round((distance(svg, point) / outerRadius(svg)) * 5 * 100) / 100
}

export function markerPoints(svg: SVGSVGElement, id: string): Plotted[] {
  return [...seriesGroup(svg, id).querySelectorAll('.radar-series__marker')].map(markerCentre)
}

/** Per axis, the level the series' marker shows there, or null where it has none. */
export function plottedLevels(svg: SVGSVGElement, id: string, axes: number): (number | null)[] {
  const levels: (number | null)[] = Array.from({ length: axes }, () => null)
  for (const point of markerPoints(svg, id)) levels[axisOf(svg, point, axes)] = levelOf(svg, point)
  return levels
}

export function shapePoints(shape: Element): Plotted[] {
  return (shape.getAttribute('points') ?? '')
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [x, y] = pair.split(',').map(Number)
      return { x: x ?? NaN, y: y ?? NaN }
    })
}
