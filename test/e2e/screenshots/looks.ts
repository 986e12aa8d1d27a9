/**
 * The looks every screen is photographed in: both themes, at a laptop's 1280×800 and a
 * projector's 1920×1080. `dress` puts a page in one look and returns the camera, which names
 * each picture after the screen and the look (`prepare-dark-1920x1080.png`).
 */
import type { Page } from '@playwright/test'

export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots'

export interface Look {
  colorScheme: 'light' | 'dark'
  width: number
  height: number
  /** `light-1280x800`, as the file names and test titles say it. */
  name: string
}

export const LOOKS: readonly Look[] = (['light', 'dark'] as const).flatMap((colorScheme) =>
  [
    [1280, 800],
    [1920, 1080],
  ].map(([width, height]) => ({
    colorScheme,
    width: width!,
    height: height!,
    name: `${colorScheme}-${width}x${height}`,
  })),
)

export async function dress(page: Page, look: Look): Promise<(screen: string) => Promise<void>> {
  await page.emulateMedia({ colorScheme: look.colorScheme })
  await page.setViewportSize({ width: look.width, height: look.height })
  return async (screen) => {
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${screen}-${look.name}.png` })
  }
}
