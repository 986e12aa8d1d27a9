/**
 * Dragging a handle of a dnd-kit list as a person does, shared by the page objects: with the mouse
 * onto a point of a target, or with the keyboard while listening to what a screen reader hears.
 */
import { expect, type Locator, type Page } from '@playwright/test'

/** What a screen reader hears during a drag (dnd-kit's live region). */
export function dragLiveRegion(page: Page): Locator {
  return page.locator('[id^="DndLiveRegion"]')
}

/**
 * Picks the handle up with Space, presses the keys given, then `drop` (Space drops, Escape
 * cancels). Like a person listening, it waits to hear each step before taking the next.
 */
export async function keyboardDrag(
  page: Page,
  handle: Locator,
  keys: string[],
  liveRegion: Locator,
  drop = 'Space',
) {
  await handle.focus()
  await page.keyboard.press('Space')
  await expect(liveRegion).toHaveText(/^Picked up/)
  for (const key of keys) {
    const before = await liveRegion.innerText()
    await page.keyboard.press(key)
    await expect(liveRegion).not.toHaveText(before)
  }
  await page.keyboard.press(drop)
  await expect(liveRegion).toHaveText(drop === 'Escape' ? /cancelled/i : /dropped/i)
}

/** Drags the handle with the mouse to a point of `target` (`at` in fractions of its box). */
export async function pointerDrag(
  page: Page,
  handle: Locator,
  target: Locator,
  at = { x: 0.5, y: 0.5 },
) {
  // A hand can only grab what is on screen: bring the handle into view, then aim.
  await handle.scrollIntoViewIfNeeded()
  const from = await handle.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error(`cannot drag ${handle.toString()}: not on screen`)
  const mouse = page.mouse
  await mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await mouse.down()
  // A few pixels first: the drag starts only after the pointer has travelled a little.
  await mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 10, { steps: 4 })
  const x = to.x + to.width * at.x
  const y = to.y + to.height * at.y
  await mouse.move(x, y, { steps: 20 })
  // As a hand does, rest on the spot before letting go: on a busy machine the last move may
  // not have been measured yet, and the drop would land where the pointer passed before.
  await mouse.move(x, y + 1, { steps: 2 })
  await page.waitForTimeout(150)
  await mouse.up()
}
