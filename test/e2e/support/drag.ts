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
  // The dragged item glides to its place after the drop; a hand waits for it to land before it
  // reaches for the next one (the gliding copy would otherwise be what it grabs).
  await expect(page.locator(DRAG_GHOSTS)).toHaveCount(0)
}

/** The copies of a dragged card or bet that follow the pointer and glide home after a drop. */
const DRAG_GHOSTS = '.card--overlay, .priority-bet--overlay'

/** Drags the handle with the mouse to a point of `target` (`at` in fractions of its box). */
export async function pointerDrag(
  page: Page,
  handle: Locator,
  target: Locator,
  at = { x: 0.5, y: 0.5 },
) {
  // A hand can only grab what is on screen, and aims at what it sees: bring the handle into
  // view, and when the target is then out of sight (a taller layout, wider fonts), scroll so
  // the two sit on the screen together before aiming.
  await handle.scrollIntoViewIfNeeded()
  let from = await handle.boundingBox()
  let to = await target.boundingBox()
  if (!from || !to) throw new Error(`cannot drag ${handle.toString()}: not on screen`)
  const height = page.viewportSize()?.height ?? 0
  const aimY = to.y + to.height * at.y
  if (aimY < 0 || aimY > height) {
    const middle = (from.y + from.height / 2 + aimY) / 2
    await page.evaluate((by) => window.scrollBy(0, by), middle - height / 2)
    from = await handle.boundingBox()
    to = await target.boundingBox()
    if (!from || !to) throw new Error(`cannot drag ${handle.toString()}: not on screen`)
  }
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
