/**
 * The read-only drawing: every team in its shape with its name and type, every interaction in
 * its mode's line, a legend of what is present, highlights that carry a word and not only a
 * colour, one accessible image and nothing that can be focused.
 */
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { INTERACTION_MODES, TEAM_TYPES, emptyTeamMap } from '@shared/domain'
import { TeamMapDrawing } from '../../../../../renderer/src/features/teammap/drawing/TeamMapDrawing'
import {
  edgePoint,
  wrapText,
} from '../../../../../renderer/src/features/teammap/drawing/drawingGeometry'
import { MODE_LINES } from '../../../../../renderer/src/features/teammap/drawing/teamShapes'
import { TARGET, TODAY } from '../../../shared/domain/teamMap/sampleMaps'

afterEach(cleanup)

const MODE_NAMES: Record<string, string> = {
  collaboration: 'Collaboration',
  'x-as-a-service': 'X-as-a-service',
  facilitating: 'Facilitating',
  embed: 'Embed',
  consult: 'Consult',
}

describe('TeamMapDrawing', () => {
  it('draws each team in its type’s shape with its name and type, and each mode’s line', () => {
    const { container } = render(<TeamMapDrawing map={TODAY} title="Team map: today" />)
    for (const type of TEAM_TYPES)
      expect(container.querySelectorAll(`.map-drawing__team .team-shape--${type}`)).toHaveLength(1)
    // Each line of a name is its own tspan: read them as words.
    const texts = [...container.querySelectorAll('.map-drawing__team text')].map((node) =>
      [...node.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
    )
    expect(texts).toEqual(
      expect.arrayContaining([
        'Web shop Stream-aligned',
        'Payments Platform',
        'Agile coaching Enabling',
        'Fraud scoring Complicated subsystem',
        'Operations desk Other',
      ]),
    )
    const lines = [...container.querySelectorAll('.map-drawing__lines line')]
    expect(lines).toHaveLength(INTERACTION_MODES.length)
    for (const mode of INTERACTION_MODES) {
      const line = container.querySelector(`.map-drawing__lines .map-line--${mode}`)
      const style = MODE_LINES[mode]
      expect(line?.getAttribute('stroke-width')).toBe(String(style.width))
      expect(line?.getAttribute('stroke-dasharray') ?? '').toBe(style.dash)
      expect(line?.hasAttribute('marker-end')).toBe(style.arrow)
    }
  })

  it('names every type and mode present in its legend, and only those', () => {
    const { container } = render(<TeamMapDrawing map={TARGET} title="Team map: target" />)
    const legend = container.querySelector('.map-drawing__legend')?.textContent ?? ''
    expect(legend).toContain('Stream-aligned')
    expect(legend).toContain('Complicated subsystem')
    expect(legend).not.toContain('Other')
    expect(legend).toContain('Collaboration')
    expect(legend).not.toContain(MODE_NAMES.embed)
    expect(legend).not.toContain(MODE_NAMES.consult)
  })

  it('is one image with a name and a summary, and offers nothing to focus or operate', () => {
    const { container } = render(<TeamMapDrawing map={TODAY} title="Team map: today" />)
    const image = screen.getByRole('img')
    expect(image.querySelector('title')?.textContent).toBe('Team map: today')
    expect(image.getAttribute('aria-label')).toBe(
      'Team map: today. 5 teams and 5 interactions: Web shop, Payments, Agile coaching, Fraud scoring, Operations desk.',
    )
    expect(container.querySelectorAll('a, button, input, [tabindex]')).toHaveLength(0)
  })

  it('marks highlights with a worded badge as well as a coloured outline', () => {
    const { container } = render(
      <TeamMapDrawing
        map={TARGET}
        title="Changes"
        highlights={{
          teams: { 't-shop': 'changed', 't-growth': 'added' },
          interactions: { 'i-growth-shop': 'added', 'i-pay-shop': 'changed' },
        }}
      />,
    )
    const badges = [...container.querySelectorAll('.map-badge')].map((b) => b.textContent)
    expect(badges.sort()).toEqual(['Changed', 'Changed', 'New', 'New'])
    expect(container.querySelectorAll('.map-outline--added')).toHaveLength(1)
    expect(container.querySelectorAll('.map-outline--changed')).toHaveLength(1)
  })

  it('fits its view box to the teams with room around them, and says when it is empty', () => {
    const { container, rerender } = render(<TeamMapDrawing map={TODAY} title="Today" />)
    const [x, y, w] = (screen.getByRole('img').getAttribute('viewBox') ?? '').split(' ')
    expect(Number(x)).toBeLessThan(0)
    expect(Number(y)).toBeLessThan(0)
    // The widest team ends at 640 + 160: the box reaches past it on both sides.
    expect(Number(x) + Number(w)).toBeGreaterThan(800)
    rerender(<TeamMapDrawing map={emptyTeamMap()} title="Today" />)
    expect(container.textContent).toContain('No teams drawn yet')
  })
})

describe('drawing geometry', () => {
  it('wraps a name at spaces and ends what does not fit with an ellipsis', () => {
    expect(wrapText('Customer onboarding and identity', 14, 2)).toEqual(['Customer', 'onboarding…'])
    expect(wrapText('Payments', 14, 2)).toEqual(['Payments'])
    expect(wrapText('Supercalifragilistic', 8, 3)).toEqual(['Supercal', 'ifragili', 'stic'])
  })

  it('meets a box at its edge on the way to the other team', () => {
    const box = { x: 0, y: 0, width: 100, height: 50 }
    expect(edgePoint(box, { x: 300, y: 25 })).toEqual({ x: 100, y: 25 })
    expect(edgePoint(box, { x: 50, y: -200 })).toEqual({ x: 50, y: 0 })
  })
})
