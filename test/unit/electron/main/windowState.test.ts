// Where the main window opens again: the saved place on a display still there, moved onto the
// nearest work area when it no longer fits, centred on the primary when its display is gone.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MIN_WINDOW_SIZE,
  restoreWindowState,
  savedWindowStateSchema,
  type Bounds,
  type DisplayArea,
  type SavedWindowState,
} from '../../../../electron/main/windowState'

/** A laptop with a menu bar, as in the presenter tests. */
const LAPTOP: DisplayArea = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
}
/** A larger monitor to its right, with a taskbar at the bottom. */
const MONITOR: DisplayArea = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 2560, height: 1440 },
  workArea: { x: 1440, y: 0, width: 2560, height: 1400 },
}
/** A monitor to the left of the primary, so everything on it has negative x. */
const LEFT: DisplayArea = {
  id: 3,
  bounds: { x: -1920, y: -200, width: 1920, height: 1080 },
  workArea: { x: -1920, y: -200, width: 1920, height: 1040 },
}

function saved(bounds: Bounds, displayId: number, flags: Partial<SavedWindowState> = {}) {
  return { version: 1, bounds, displayId, maximized: false, fullScreen: false, ...flags } as const
}

function within(inner: Bounds, outer: Bounds): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  )
}

describe('restoreWindowState', () => {
  it('opens 1280×800 centred on the primary display when nothing was saved', () => {
    expect(restoreWindowState(null, [LAPTOP, MONITOR], LAPTOP)).toEqual({
      bounds: { x: 80, y: 62, width: 1280, height: 800 },
      maximized: false,
      fullScreen: false,
    })
    // The primary need not be the first display listed, nor at the left.
    expect(restoreWindowState(null, [LAPTOP, MONITOR], MONITOR).bounds).toEqual({
      x: 2080,
      y: 300,
      width: 1280,
      height: 800,
    })
  })

  it('puts the window back where it was on a single display', () => {
    const bounds = { x: 40, y: 60, width: 1100, height: 700 }
    expect(restoreWindowState(saved(bounds, 1), [LAPTOP], LAPTOP).bounds).toEqual(bounds)
  })

  it('puts it back on the second display when it was there', () => {
    const bounds = { x: 2000, y: 100, width: 1600, height: 1000 }
    expect(restoreWindowState(saved(bounds, 2), [LAPTOP, MONITOR], LAPTOP).bounds).toEqual(bounds)
  })

  it('centres it on the primary, at its saved size, when the second display was unplugged', () => {
    const bounds = { x: 2000, y: 100, width: 1200, height: 700 }
    expect(restoreWindowState(saved(bounds, 2), [LAPTOP], LAPTOP).bounds).toEqual({
      x: 120,
      y: 112,
      width: 1200,
      height: 700,
    })
  })

  it('shrinks a saved size the primary cannot hold when its display is gone', () => {
    const bounds = { x: 1500, y: 20, width: 2400, height: 1300 }
    expect(restoreWindowState(saved(bounds, 2), [LAPTOP], LAPTOP).bounds).toEqual(LAPTOP.workArea)
  })

  it('moves and shrinks it into a display whose resolution shrank', () => {
    const bounds = { x: 2400, y: 200, width: 1500, height: 1100 }
    const shrunk = {
      ...MONITOR,
      bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
      workArea: { x: 1440, y: 0, width: 1920, height: 1040 },
    }
    expect(restoreWindowState(saved(bounds, 2), [LAPTOP, shrunk], LAPTOP).bounds).toEqual({
      x: 1860,
      y: 0,
      width: 1500,
      height: 1040,
    })
  })

  it('keeps negative coordinates on a display left of the primary', () => {
    const bounds = { x: -1700, y: -150, width: 1280, height: 800 }
    const restored = restoreWindowState(saved(bounds, 3), [LAPTOP, LEFT], LAPTOP)
    expect(restored.bounds).toEqual(bounds)
  })

  it('finds the display by where the window is when its id changed', () => {
    const bounds = { x: -1700, y: -150, width: 1280, height: 800 }
    const renamed = { ...LEFT, id: 77 }
    expect(restoreWindowState(saved(bounds, 3), [LAPTOP, renamed], LAPTOP).bounds).toEqual(bounds)
  })

  it('centres it on its own display when the displays were rearranged under it', () => {
    const bounds = { x: 2000, y: 100, width: 1600, height: 1000 }
    const moved = {
      ...MONITOR,
      bounds: { x: -2560, y: 0, width: 2560, height: 1440 },
      workArea: { x: -2560, y: 0, width: 2560, height: 1400 },
    }
    expect(restoreWindowState(saved(bounds, 2), [LAPTOP, moved], LAPTOP).bounds).toEqual({
      x: -2080,
      y: 200,
      width: 1600,
      height: 1000,
    })
  })

  it('pulls back a window whose title bar is still reachable, and centres one that is not', () => {
    // Three quarters off the bottom, but its title bar is on screen: nudged up.
    const low = { x: 100, y: 700, width: 1000, height: 800 }
    expect(restoreWindowState(saved(low, 1), [LAPTOP], LAPTOP).bounds).toEqual({
      ...low,
      y: 100,
    })
    // Only a sliver of its bottom edge shows: treated as lost, centred.
    const above = { x: 100, y: -760, width: 1000, height: 800 }
    expect(restoreWindowState(saved(above, 1), [LAPTOP], LAPTOP).bounds).toEqual({
      x: 220,
      y: 62,
      width: 1000,
      height: 800,
    })
  })

  it('grows a window saved smaller than the minimum, unless the display is smaller still', () => {
    const tiny = { x: 10, y: 40, width: 300, height: 200 }
    expect(restoreWindowState(saved(tiny, 1), [LAPTOP], LAPTOP).bounds).toEqual({
      x: 10,
      y: 40,
      ...MIN_WINDOW_SIZE,
    })
    const small: DisplayArea = {
      id: 9,
      bounds: { x: 0, y: 0, width: 800, height: 600 },
      workArea: { x: 0, y: 0, width: 800, height: 570 },
    }
    expect(restoreWindowState(saved(tiny, 9), [small], small).bounds).toEqual({
      x: 0,
      y: 0,
      width: 800,
      height: 570,
    })
  })

  it('brings back the maximised and full-screen flags, with the size to restore to', () => {
    const bounds = { x: 2000, y: 100, width: 1600, height: 1000 }
    expect(
      restoreWindowState(saved(bounds, 2, { maximized: true }), [LAPTOP, MONITOR], LAPTOP),
    ).toEqual({ bounds, maximized: true, fullScreen: false })
    expect(
      restoreWindowState(saved(bounds, 2, { fullScreen: true }), [LAPTOP], LAPTOP),
    ).toMatchObject({ maximized: false, fullScreen: true })
  })

  it('uses the primary when it is handed no displays at all', () => {
    const bounds = { x: 40, y: 60, width: 1100, height: 700 }
    expect(restoreWindowState(saved(bounds, 1), [], LAPTOP).bounds).toEqual(bounds)
  })
})

// Displays as operating systems lay them out: side by side, not overlapping, the primary's top
// left at 0,0, each with a menu bar or taskbar taken out of its work area.
const displayShape = fc.record({
  width: fc.integer({ min: 640, max: 5120 }),
  height: fc.integer({ min: 480, max: 2880 }),
  top: fc.integer({ min: -1500, max: 1500 }),
  gap: fc.integer({ min: 0, max: 200 }),
  inset: fc.integer({ min: 0, max: 80 }),
  insetAtTop: fc.boolean(),
})

const layout = fc
  .record({
    shapes: fc.array(displayShape, { minLength: 1, maxLength: 4 }),
    primaryIndex: fc.nat(),
    ids: fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 32 }), { minLength: 4, maxLength: 4 }),
  })
  .map(({ shapes, primaryIndex, ids }) => {
    const primary = primaryIndex % shapes.length
    let x = 0
    const placed = shapes.map((shape, index) => {
      const bounds = { x, y: index === primary ? 0 : shape.top, ...shape }
      x += shape.width + shape.gap
      return { id: ids[index] ?? index, shape, bounds }
    })
    const shift = -(placed[primary]?.bounds.x ?? 0)
    const displays: DisplayArea[] = placed.map(({ id, shape, bounds }) => {
      const b = { x: bounds.x + shift, y: bounds.y, width: shape.width, height: shape.height }
      const workArea = {
        x: b.x,
        y: shape.insetAtTop ? b.y + shape.inset : b.y,
        width: b.width,
        height: b.height - shape.inset,
      }
      return { id, bounds: b, workArea }
    })
    return { displays, primary: displays[primary] as DisplayArea }
  })

// Mostly near the displays, where the interesting cases are, sometimes anywhere the file allows.
const near = (min: number, max: number) =>
  fc.oneof({ arbitrary: fc.integer({ min, max }), weight: 4 }, fc.integer({ min: -1e5, max: 1e5 }))
const anySaved = fc.record({
  version: fc.constant(1 as const),
  bounds: fc.record({
    x: near(-12_000, 20_000),
    y: near(-3_000, 3_000),
    width: near(1, 6_000).map((n) => Math.max(1, n)),
    height: near(1, 4_000).map((n) => Math.max(1, n)),
  }),
  displayId: fc.integer({ min: 0, max: 2 ** 32 }),
  maximized: fc.boolean(),
  fullScreen: fc.boolean(),
})

/** A saved window that fits wholly inside one of the layout's displays, and that display. */
const savedOnADisplay = layout.chain(({ displays, primary }) =>
  fc
    .record({
      index: fc.nat({ max: displays.length - 1 }),
      fx: fc.double({ min: 0, max: 1, noNaN: true }),
      fy: fc.double({ min: 0, max: 1, noNaN: true }),
      fw: fc.double({ min: 0, max: 1, noNaN: true }),
      fh: fc.double({ min: 0, max: 1, noNaN: true }),
      keepId: fc.boolean(),
      maximized: fc.boolean(),
    })
    .map(({ index, fx, fy, fw, fh, keepId, maximized }) => {
      const display = displays[index] as DisplayArea
      const { workArea: wa } = display
      const minWidth = Math.min(MIN_WINDOW_SIZE.width, wa.width)
      const minHeight = Math.min(MIN_WINDOW_SIZE.height, wa.height)
      const width = minWidth + Math.floor(fw * (wa.width - minWidth))
      const height = minHeight + Math.floor(fh * (wa.height - minHeight))
      const bounds = {
        x: wa.x + Math.floor(fx * (wa.width - width)),
        y: wa.y + Math.floor(fy * (wa.height - height)),
        width,
        height,
      }
      // A display id the OS handed out afresh is matched by position instead.
      const displayId = keepId ? display.id : -1
      const state = saved(bounds, displayId, { maximized })
      return { displays, primary, display, state }
    }),
)

describe('restoreWindowState, for any layout of displays', () => {
  it('always puts the window wholly inside some current display’s work area', () => {
    fc.assert(
      fc.property(layout, fc.option(anySaved, { nil: null }), ({ displays, primary }, state) => {
        const { bounds } = restoreWindowState(state, displays, primary)
        const home = displays.find((display) => within(bounds, display.workArea))
        expect(home, JSON.stringify({ displays, state, bounds })).toBeDefined()
        if (home === undefined) return
        expect(bounds.width).toBeGreaterThanOrEqual(Math.min(960, home.workArea.width))
        expect(bounds.height).toBeGreaterThanOrEqual(Math.min(640, home.workArea.height))
        expect(Number.isInteger(bounds.x) && Number.isInteger(bounds.y)).toBe(true)
      }),
    )
  })

  it('gives the window back where it was on a display that still exists', () => {
    fc.assert(
      fc.property(savedOnADisplay, ({ displays, primary, state }) => {
        expect(restoreWindowState(state, displays, primary)).toEqual({
          bounds: state.bounds,
          maximized: state.maximized,
          fullScreen: false,
        })
      }),
    )
  })

  it('is settled after one restore: saving what it gave and restoring again changes nothing', () => {
    fc.assert(
      fc.property(layout, anySaved, ({ displays, primary }, state) => {
        const first = restoreWindowState(state, displays, primary)
        const again = restoreWindowState({ ...state, bounds: first.bounds }, displays, primary)
        expect(again).toEqual(first)
      }),
    )
  })

  it('keeps the flags it was given', () => {
    fc.assert(
      fc.property(layout, anySaved, ({ displays, primary }, state) => {
        expect(restoreWindowState(state, displays, primary)).toMatchObject({
          maximized: state.maximized,
          fullScreen: state.fullScreen,
        })
      }),
    )
  })
})

describe('savedWindowStateSchema', () => {
  it('accepts what the app saves, display ids beyond the safe integers included', () => {
    const state = saved({ x: -1920, y: 0, width: 1280, height: 800 }, 2 ** 60, { maximized: true })
    expect(savedWindowStateSchema.parse(state)).toEqual(state)
  })

  it('refuses sizes and places no window ever had', () => {
    for (const bounds of [
      { x: 0, y: 0, width: 0, height: 800 },
      { x: 0, y: 0, width: 1280, height: -1 },
      { x: 1e308, y: 0, width: 1280, height: 800 },
      { x: 0.5, y: 0, width: 1280, height: 800 },
      { x: Number.NaN, y: 0, width: 1280, height: 800 },
      { x: 0, y: Number.POSITIVE_INFINITY, width: 1280, height: 800 },
    ]) {
      expect(
        savedWindowStateSchema.safeParse(saved(bounds, 1)).success,
        JSON.stringify(bounds),
      ).toBe(false)
    }
  })
})
