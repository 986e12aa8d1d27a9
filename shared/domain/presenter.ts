/**
 * What the projector shows, as the facilitator sets it: following the steps, a large timer, the
 * compare view or the team map (today's, the target, or the changes between them); or nothing at
 * all while the screen is blanked. It is display state, not part
 * of the workshop's record: it is not undone, exported or printed.
 */

export const PRESENTER_MODES = ['follow', 'timer', 'compare', 'map'] as const
export type PresenterMode = (typeof PRESENTER_MODES)[number]

/** Which team map the 'map' mode shows. */
export const PRESENTER_MAP_VIEWS = ['today', 'target', 'changes'] as const
export type PresenterMapView = (typeof PRESENTER_MAP_VIEWS)[number]

export interface PresenterState {
  workshopId: string
  /** The projector shows a calm empty screen. */
  blank: boolean
  mode: PresenterMode
  /**
   * The map the 'map' mode shows, kept while another mode is on so the facilitator comes back to
   * it. Absent in states stored before the map mode existed: read it through presenterMapView.
   */
  mapView?: PresenterMapView
  /**
   * The join address and code, while the facilitator shows them to the room so phones can join;
   * absent or null otherwise. Nothing private: the room is meant to read it.
   */
  join?: PresenterJoin | null
  updatedAt: number
}

export interface PresenterJoin {
  url: string
  code: string
}

/** The join address the projector shows beside whatever it shows, never on a blank screen. */
export function presenterJoin(state: Pick<PresenterState, 'blank' | 'join'>): PresenterJoin | null {
  return state.blank ? null : (state.join ?? null)
}

export function presenterMapView(state: Pick<PresenterState, 'mapView'>): PresenterMapView {
  return state.mapView ?? 'today'
}

export function defaultPresenter(workshopId: string): PresenterState {
  return { workshopId, blank: false, mode: 'follow', mapView: 'today', updatedAt: 0 }
}
