/**
 * The arithmetic of the read-only team map drawing, apart from React so it can be tested alone:
 * the box that holds every team, where an interaction line leaves and meets a team's outline,
 * how lines between the same two teams stand apart, and how a team's name is cut into lines.
 *
 * Text widths are estimated from the character count (no DOM to measure in the PDF route's first
 * render, nor in the tests): the estimate is generous so a name never runs out of its shape.
 */
import type { MapInteractionEntry, MapTeamEntry } from '@shared/domain'
import { TEAM_SIZES } from './teamShapes'

export interface Point {
  x: number
  y: number
}

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** Room around the outermost shapes, in canvas units: badges and outlines stand outside them. */
export const DRAWING_PADDING = 32

/** Average width of a character of the drawing's sans-serif at `fontSize`, a little generous. */
export const charWidth = (fontSize: number) => fontSize * 0.56

export function teamBox(team: Pick<MapTeamEntry, 'type' | 'x' | 'y'>): Box {
  const { width, height } = TEAM_SIZES[team.type]
  return { x: team.x, y: team.y, width, height }
}

export const boxCentre = (box: Box): Point => ({
  x: box.x + box.width / 2,
  y: box.y + box.height / 2,
})

/** The box holding every team, padded; a fixed small box when there are none. */
export function contentBox(teams: readonly Pick<MapTeamEntry, 'type' | 'x' | 'y'>[]): Box {
  if (teams.length === 0) return { x: 0, y: 0, width: 400, height: 160 }
  const boxes = teams.map(teamBox)
  const left = Math.min(...boxes.map((b) => b.x))
  const top = Math.min(...boxes.map((b) => b.y))
  const right = Math.max(...boxes.map((b) => b.x + b.width))
  const bottom = Math.max(...boxes.map((b) => b.y + b.height))
  return {
    x: left - DRAWING_PADDING,
    y: top - DRAWING_PADDING,
    width: right - left + 2 * DRAWING_PADDING,
    height: bottom - top + 2 * DRAWING_PADDING,
  }
}

/**
 * Where the ray from the box's centre towards `towards` leaves the box, pulled back by `gap`.
 * The box stands for the shape: for rounded and octagonal outlines the point lands a few units
 * off the stroke at the corners, which reads as touching at drawing sizes.
 */
export function edgePoint(box: Box, towards: Point, gap = 0): Point {
  const c = boxCentre(box)
  const dx = towards.x - c.x
  const dy = towards.y - c.y
  if (dx === 0 && dy === 0) return c
  const scale = Math.min(
    dx === 0 ? Infinity : box.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : box.height / 2 / Math.abs(dy),
  )
  const length = Math.hypot(dx, dy)
  const out = Math.max(0, scale * length + gap) / length
  return { x: c.x + dx * out, y: c.y + dy * out }
}

export interface LineGeometry {
  key: string
  from: Point
  to: Point
  /** The middle of the drawn segment: where a highlight badge sits. */
  middle: Point
}

/** Space between parallel lines that join the same two teams. */
const PARALLEL_GAP = 12
/** Room left at the `to` end for the arrow head to sit outside the outline. */
export const ARROW_ROOM = 6

/**
 * Each interaction as a segment from edge to edge of its two teams. Interactions between the
 * same two teams (either direction, different modes) are drawn side by side rather than on top
 * of each other. An interaction whose end is not on the map is left out.
 */
export function lineGeometries(
  teams: readonly MapTeamEntry[],
  interactions: readonly MapInteractionEntry[],
): LineGeometry[] {
  const boxes = new Map(teams.map((t) => [t.key, teamBox(t)]))
  const pairs = new Map<string, string[]>()
  const pairOf = (i: MapInteractionEntry) => (i.from < i.to ? [i.from, i.to] : [i.to, i.from])
  for (const i of interactions) {
    const id = JSON.stringify(pairOf(i))
    pairs.set(id, [...(pairs.get(id) ?? []), i.key])
  }
  return interactions.flatMap((interaction): LineGeometry[] => {
    const fromBox = boxes.get(interaction.from)
    const toBox = boxes.get(interaction.to)
    if (!fromBox || !toBox) return []
    const siblings = pairs.get(JSON.stringify(pairOf(interaction))) ?? [interaction.key]
    const index = siblings.indexOf(interaction.key)
    const offset = (index - (siblings.length - 1) / 2) * PARALLEL_GAP
    // The offset is taken across the pair's own direction (low key to high key), so two lines
    // of opposite directions still move apart rather than onto each other.
    const [low, high] = pairOf(interaction).map((key) => boxCentre(boxes.get(key) as Box)) as [
      Point,
      Point,
    ]
    const length = Math.hypot(high.x - low.x, high.y - low.y) || 1
    const shift = {
      x: (-(high.y - low.y) / length) * offset,
      y: ((high.x - low.x) / length) * offset,
    }
    const a = boxCentre(fromBox)
    const b = boxCentre(toBox)
    const shiftedBox = (box: Box): Box => ({ ...box, x: box.x + shift.x, y: box.y + shift.y })
    const from = edgePoint(shiftedBox(fromBox), { x: b.x + shift.x, y: b.y + shift.y }, 2)
    const to = edgePoint(shiftedBox(toBox), { x: a.x + shift.x, y: a.y + shift.y }, ARROW_ROOM)
    return [
      {
        key: interaction.key,
        from,
        to,
        middle: { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 },
      },
    ]
  })
}

/**
 * Cuts `text` into at most `maxLines` lines of about `maxChars` characters, at spaces where it
 * can and inside a long word where it must; what does not fit ends the last line with "…".
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean)
  const limit = Math.max(1, Math.floor(maxChars))
  const lines: string[] = []
  let line = ''
  const push = () => {
    if (line !== '') lines.push(line)
    line = ''
  }
  for (let word of words) {
    while (word.length > limit) {
      push()
      lines.push(word.slice(0, limit))
      word = word.slice(limit)
    }
    if (line === '') line = word
    else if (line.length + 1 + word.length <= limit) line += ` ${word}`
    else {
      push()
      line = word
    }
  }
  push()
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  const last = kept[maxLines - 1] as string
  kept[maxLines - 1] = `${ellipsisCut(last, limit)}…`
  return kept
}

/** The start of `line` that leaves room for "…": whole words when a space allows. */
function ellipsisCut(line: string, limit: number): string {
  if (line.length < limit) return line
  const cut = line.slice(0, limit - 1)
  const space = cut.lastIndexOf(' ')
  return (space > 0 ? cut.slice(0, space) : cut).trimEnd()
}

/** How wide a legend entry is: its mark and its label, estimated. */
export function legendEntryWidth(label: string, fontSize: number, markWidth: number): number {
  return markWidth + 8 + label.length * charWidth(fontSize) + 24
}

/**
 * Places legend entries in rows no wider than `width`, from (0, 0): the drawing puts the rows
 * under the teams, so a map of any shape keeps its legend readable.
 */
export function flowRows(widths: readonly number[], width: number, rowHeight: number): Point[] {
  const places: Point[] = []
  let x = 0
  let y = 0
  for (const w of widths) {
    if (x > 0 && x + w > width) {
      x = 0
      y += rowHeight
    }
    places.push({ x, y })
    x += w
  }
  return places
}
