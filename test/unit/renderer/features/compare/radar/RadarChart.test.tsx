// The radar chart on its own: its name, where each series is drawn, what a missing score does,
// how series are told apart beyond colour, its legend, and that its labels stay outside the rings.
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import {
  RadarChart,
  type RadarSeries,
} from '../../../../../../renderer/src/features/compare/radar/RadarChart'
import { axeViolations } from '../compareFixture'
import {
  distance,
  levelOf,
  markerPoints,
  outerRadius,
  plottedLevels,
  radarSvg,
  seriesGroup,
  shapePoints,
} from './readRadar'

afterEach(cleanup)

const AXES = ['Alignment', 'Value creation process', 'Cross-functional integration', 'Leadership']

const TODAY: RadarSeries = { id: 'today', label: 'Today', values: [2, 3, 1, 4], tone: 'current' }
const TARGET: RadarSeries = { id: 'target', label: 'Target', values: [4, 5, 3, 5], tone: 'target' }

function chart(series: RadarSeries[], axes = AXES) {
  const view = render(
    <RadarChart
      axes={axes}
      series={series}
      title="The room's map"
      description="One axis per lens"
    />,
  )
  return { ...view, svg: radarSvg(view.container) }
}

describe('RadarChart', () => {
  it('is an image named by its title and described by its description', () => {
    chart([TODAY])
    expect(
      screen.getByRole('img', { name: "The room's map", description: 'One axis per lens' }),
    ).toBeTruthy()
  })

  it('draws one closed shape per series through the level of each value', () => {
    const { svg } = chart([TODAY, TARGET])
    for (const series of [TODAY, TARGET]) {
      const shapes = seriesGroup(svg, series.id).querySelectorAll('polygon')
      expect(shapes).toHaveLength(1)
      const points = shapePoints(shapes[0] as Element)
      expect(points.map((p) => levelOf(svg, p))).toEqual(series.values)
      expect(plottedLevels(svg, series.id, AXES.length)).toEqual(series.values)
    }
  })

  it('places a higher level further from the centre, level 5 on the outer ring', () => {
    const { svg } = chart([{ id: 's', label: 'S', values: [5, 2, 1, 3], tone: 'current' }])
    const [five, two, one] = markerPoints(svg, 's').map((p) => distance(svg, p))
    expect(five).toBeCloseTo(outerRadius(svg), 5)
    expect(five).toBeGreaterThan(two ?? Infinity)
    expect(two).toBeCloseTo((outerRadius(svg) * 2) / 5, 5)
    // Level 1 is a real score: it sits on the innermost ring, not at the centre.
    expect(one).toBeGreaterThan(0)
  })

  it('puts the first axis straight up and goes round clockwise', () => {
    const { svg } = chart([{ id: 's', label: 'S', values: [5, 5, 5, 5], tone: 'current' }])
    const [top, right, bottom, left] = markerPoints(svg, 's')
    expect(top?.x).toBeCloseTo(0, 5)
    expect(top?.y).toBeLessThan(0)
    expect(right?.x).toBeGreaterThan(0)
    expect(bottom?.y).toBeGreaterThan(0)
    expect(left?.x).toBeLessThan(0)
  })

  it('draws no point for a missing value and closes the shape through the others', () => {
    const { svg } = chart([{ id: 's', label: 'S', values: [3, null, 4, 2], tone: 'current' }])
    expect(plottedLevels(svg, 's', 4)).toEqual([3, null, 4, 2])
    const shape = seriesGroup(svg, 's').querySelector('polygon')
    expect(shapePoints(shape as Element)).toHaveLength(3)
    // Nothing is ever drawn at the centre, as a 0 would be.
    for (const p of markerPoints(svg, 's')) expect(distance(svg, p)).toBeGreaterThan(0)
  })

  it('with two points draws a line between them, with one just its marker, with none nothing', () => {
    const { svg } = chart([
      { id: 'two', label: 'Two', values: [3, null, 4, null], tone: 'current' },
      { id: 'one', label: 'One', values: [null, 2, null, null], tone: 'target' },
      { id: 'none', label: 'None', values: [null, null, null, null], tone: 'earlierCurrent' },
    ])
    const two = seriesGroup(svg, 'two')
    expect(two.querySelector('polygon')).toBeNull()
    expect(shapePoints(two.querySelector('polyline') as Element)).toHaveLength(2)
    const one = seriesGroup(svg, 'one')
    expect(one.querySelector('polygon, polyline')).toBeNull()
    expect(plottedLevels(svg, 'one', 4)).toEqual([null, 2, null, null])
    expect(seriesGroup(svg, 'none').children).toHaveLength(0)
  })

  it('ignores values that are not a level from 1 to 5 rather than drawing them', () => {
    const { svg } = chart([{ id: 's', label: 'S', values: [0, 6, Number.NaN, 3], tone: 'current' }])
    expect(plottedLevels(svg, 's', 4)).toEqual([null, null, null, 3])
  })

  it('tells today from the target by marker shape and by its own style, not by colour alone', () => {
    const { svg } = chart([TODAY, TARGET])
    const today = seriesGroup(svg, 'today')
    const target = seriesGroup(svg, 'target')
    expect(today.querySelectorAll('circle.radar-series__marker')).toHaveLength(4)
    expect(target.querySelectorAll('rect.radar-series__marker')).toHaveLength(4)
    expect(today.getAttribute('class')).toContain('radar-tone--current')
    expect(target.getAttribute('class')).toContain('radar-tone--target')
  })

  it('lists every series in its legend, in order, with a sample of its line', () => {
    const { container } = chart([TODAY, TARGET])
    const items = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual(['Today', 'Target'])
    const samples = container.querySelectorAll('.radar-legend__sample')
    expect(samples[1]?.getAttribute('class')).toContain('radar-tone--target')
    expect(samples[1]?.querySelector('rect')).not.toBeNull()
  })

  it('labels every axis outside the outer ring, a long title on two lines', () => {
    const { svg } = chart([TODAY])
    const labels = [...svg.querySelectorAll('.radar-chart__label')]
    expect(labels.map((l) => [...l.querySelectorAll('tspan')].map((t) => t.textContent))).toEqual([
      ['Alignment'],
      ['Value creation', 'process'],
      ['Cross-functional', 'integration'],
      ['Leadership'],
    ])
    const [minX, minY, width, height] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number)
    for (const label of labels) {
      const at = { x: Number(label.getAttribute('x')), y: Number(label.getAttribute('y')) }
      expect(distance(svg, at)).toBeGreaterThan(outerRadius(svg))
      expect(at.x).toBeGreaterThan(minX ?? 0)
      expect(at.x).toBeLessThan((minX ?? 0) + (width ?? 0))
      expect(at.y).toBeGreaterThan(minY ?? 0)
      expect(at.y).toBeLessThan((minY ?? 0) + (height ?? 0))
    }
  })

  it('shortens a title too long for two lines, keeping the whole title as a tooltip', () => {
    const long = 'How the organisation decides what matters and why, every quarter'
    const { svg } = chart([TODAY], ['Alignment', long, 'Leadership'])
    const label = svg.querySelectorAll('.radar-chart__label')[1]
    expect(label?.querySelectorAll('tspan')).toHaveLength(2)
    expect(label?.querySelector('tspan:last-child')?.textContent).toMatch(/…$/)
    expect(label?.querySelector('title')?.textContent).toBe(long)
  })

  it('numbers the five rings', () => {
    const { svg } = chart([TODAY])
    const levels = [...svg.querySelectorAll('.radar-chart__level')].map((l) => l.textContent)
    expect(levels).toEqual(['1', '2', '3', '4', '5'])
  })

  it('has no accessibility violations', async () => {
    const { container } = chart([TODAY, TARGET])
    expect(await axeViolations(container)).toEqual([])
  })
})
