/**
 * How the map looks, in one place for the editor canvas, the read-only drawing (projector, diff)
 * and the PDF: each team type's Team Topologies shape and size, and each interaction mode's line.
 * Colours are CSS custom properties (teammap.css) so both themes and print share the geometry.
 */
import type { InteractionMode, TeamType } from '@shared/domain'

export interface ShapeSize {
  width: number
  height: number
}

/** Stream-aligned and platform teams are wide, enabling teams tall, as Team Topologies draws them. */
export const TEAM_SIZES: Readonly<Record<TeamType, ShapeSize>> = {
  'stream-aligned': { width: 180, height: 64 },
  platform: { width: 200, height: 64 },
  enabling: { width: 120, height: 96 },
  'complicated-subsystem': { width: 150, height: 84 },
  other: { width: 160, height: 64 },
}

/** The outline of a team of `type` in a box of its size, as an SVG path from (0, 0). */
export function teamShapePath(type: TeamType): string {
  const { width: w, height: h } = TEAM_SIZES[type]
  switch (type) {
    case 'complicated-subsystem': {
      // An octagon: the usual mark of a complicated-subsystem team.
      const c = Math.min(w, h) * 0.28
      return `M${c} 0H${w - c}L${w} ${c}V${h - c}L${w - c} ${h}H${c}L0 ${h - c}V${c}Z`
    }
    case 'platform':
      return roundedRect(w, h, 4)
    case 'enabling':
    case 'stream-aligned':
      return roundedRect(w, h, Math.min(w, h) / 2)
    case 'other':
      return roundedRect(w, h, 10)
  }
}

function roundedRect(w: number, h: number, r: number): string {
  return `M${r} 0H${w - r}A${r} ${r} 0 0 1 ${w} ${r}V${h - r}A${r} ${r} 0 0 1 ${w - r} ${h}H${r}A${r} ${r} 0 0 1 0 ${h - r}V${r}A${r} ${r} 0 0 1 ${r} 0Z`
}

/** The CSS class suffix of a team type: `team-shape--stream-aligned` and so on. */
export const teamTypeClass = (type: TeamType) => `team-shape--${type}`

export interface ModeLine {
  /** SVG stroke-dasharray; '' for a solid line. */
  dash: string
  width: number
  /** Whether the line ends in an arrow at the `to` team: a service is consumed in one direction. */
  arrow: boolean
}

/** Each mode drawn so it can be told apart without colour as well as with it. */
export const MODE_LINES: Readonly<Record<InteractionMode, ModeLine>> = {
  collaboration: { dash: '', width: 3, arrow: false },
  'x-as-a-service': { dash: '10 5', width: 2, arrow: true },
  facilitating: { dash: '2 5', width: 2.5, arrow: true },
  embed: { dash: '14 4 3 4', width: 2, arrow: false },
  consult: { dash: '5 5', width: 1.5, arrow: true },
}

export const modeClass = (mode: InteractionMode) => `map-line--${mode}`

/** The middle of a team of `type` standing at (x, y): where its interaction lines meet it. */
export function teamCentre(type: TeamType, x: number, y: number): { x: number; y: number } {
  const { width, height } = TEAM_SIZES[type]
  return { x: x + width / 2, y: y + height / 2 }
}
