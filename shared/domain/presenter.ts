/**
 * What the projector shows, as the facilitator sets it: following the steps, a large timer, or
 * the compare view; or nothing at all while the screen is blanked. It is display state, not part
 * of the workshop's record: it is not undone, exported or printed.
 */

export const PRESENTER_MODES = ['follow', 'timer', 'compare'] as const
export type PresenterMode = (typeof PRESENTER_MODES)[number]

export interface PresenterState {
  workshopId: string
  /** The projector shows a calm empty screen. */
  blank: boolean
  mode: PresenterMode
  updatedAt: number
}

export function defaultPresenter(workshopId: string): PresenterState {
  return { workshopId, blank: false, mode: 'follow', updatedAt: 0 }
}
