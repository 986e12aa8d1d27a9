/**
 * Dragging bets with the keyboard, through dnd-kit's keyboard sensor. the test DOM lays out nothing, so
 * a small layout is faked: the committed and waiting groups stacked, the parking lot to the right.
 * Pointer dragging, and how the real layout feels, are left to the end-to-end tests.
 */
import { waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { button, prioritiseFixture, titles } from './prioritiseFixture'

const view = prioritiseFixture()

const ROW = 80
const GAP = 20

/** Each bet 80px tall, 20px apart; each group's drop zone around its bets; 60px between groups. */
function fakeLayout() {
  function layout(): Map<Element, DOMRect> {
    const rects = new Map<Element, DOMRect>()
    const column = (groups: string[], left: number) => {
      let y = 0
      for (const name of groups) {
        const zone = document.querySelector(`[data-group="${name}"] .priority-group__drop`)
        if (!zone) continue
        const start = y
        const items = zone.querySelectorAll('li[data-bet-id]')
        for (const item of items) {
          rects.set(item, new DOMRect(left, y, 600, ROW))
          y += ROW + GAP
        }
        if (items.length === 0) y += ROW
        rects.set(zone, new DOMRect(left, start, 600, y - start))
        y += 60
      }
    }
    column(['committed', 'proposed'], 0)
    column(['parked'], 1000)
    return rects
  }
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    const rects = layout()
    // The drag overlay sits where the dragged bet was picked up.
    const self = this.classList.contains('priority-bet--overlay')
      ? document.querySelector('.priority-bet--placeholder')
      : this
    return (self && rects.get(self)) ?? new DOMRect(0, 0, 0, 0)
  })
}

/** What dnd-kit's live region says last. */
const spoken = () => document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? ''

describe('PrioritiseView: keyboard dragging', () => {
  it('moves a bet up its group with Space and the arrow keys, saying where it is', async () => {
    fakeLayout()
    const { user } = await view.renderView(view.roomBets())
    button('Drag “Kill the roadmap deck”').focus()
    await user.keyboard(' ')
    await waitFor(() =>
      expect(spoken()).toBe(
        'Picked up “Kill the roadmap deck”. It is at position 2 of 2 below the line.',
      ),
    )
    await user.keyboard('{ArrowUp}')
    await waitFor(() =>
      expect(spoken()).toBe('“Kill the roadmap deck” is at position 1 of 2 below the line.'),
    )
    await user.keyboard(' ')
    await waitFor(() =>
      expect(titles('Waiting')).toEqual(['Kill the roadmap deck', 'Pair with sales']),
    )
    expect(spoken()).toBe('“Kill the roadmap deck” dropped at position 1 of 2 below the line.')
    await waitFor(async () =>
      expect(await view.stored('proposed')).toEqual(['Kill the roadmap deck', 'Pair with sales']),
    )
  })

  it('moves a bet across the commit line, where it is said to land', async () => {
    fakeLayout()
    const { user } = await view.renderView(view.roomBets())
    button('Drag “One strategy page”').focus()
    await user.keyboard(' ')
    await user.keyboard('{ArrowDown}')
    await user.keyboard(' ')
    await waitFor(() => expect(titles('Committed')).toEqual(['Discovery weekly']))
    const waiting = titles('Waiting')
    const position = waiting.indexOf('One strategy page') + 1
    expect(position).toBeGreaterThan(0)
    expect(spoken()).toBe(
      `“One strategy page” dropped at position ${position} of 3 below the line.`,
    )
    await waitFor(async () => expect(await view.stored('proposed')).toEqual(waiting))
  })

  it('leaves everything where it was when the drag is cancelled with Escape', async () => {
    fakeLayout()
    const { user } = await view.renderView(view.roomBets())
    button('Drag “Pair with sales”').focus()
    await user.keyboard(' ')
    await user.keyboard('{ArrowUp}')
    await user.keyboard('{Escape}')
    await waitFor(() => expect(spoken()).toMatch(/^Moving “Pair with sales” was cancelled/))
    expect(titles('Committed')).toEqual(['Discovery weekly', 'One strategy page'])
    expect(titles('Waiting')).toEqual(['Pair with sales', 'Kill the roadmap deck'])
    expect(await view.stored('committed')).toEqual(['Discovery weekly', 'One strategy page'])
  })
})
