/** The views of the Map tab: the two maps a room draws, and what changes between them. */
import type { MapSide } from '@shared/domain'

export const MAP_VIEWS = ['today', 'target', 'diff'] as const
export type MapView = (typeof MAP_VIEWS)[number]

export function isMapView(value: string | undefined): value is MapView {
  return (MAP_VIEWS as readonly string[]).includes(value ?? '')
}

export const isMapSide = (view: MapView): view is MapSide => view !== 'diff'

/** Without a view, the tab opens on today's map: the one every room draws first. */
export function mapHref(workshopId: string, view?: MapView): string {
  const base = `/workshops/${encodeURIComponent(workshopId)}/map`
  return view ? `${base}/${view}` : base
}
