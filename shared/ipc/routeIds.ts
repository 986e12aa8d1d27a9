/**
 * A workshop id as one segment of an app route, such as the presenter's `#/present/<segment>`.
 * A session file may carry any id of 1 to 100 characters, so a segment must carry any string:
 * letters, digits, '-' and '_' stand for themselves (every id the app makes reads as it is),
 * and every other UTF-16 unit is written as '~' and its four hex digits. That leaves nothing a
 * browser, the hash or the router would decode, re-encode or split on: no '/', '?', '#', '%' or
 * space, and no lone surrogate, which encodeURIComponent cannot encode at all.
 */

const PLAIN = /[A-Za-z0-9_-]/
const SEGMENT = /^(?:[A-Za-z0-9_-]|~[0-9A-F]{4})+$/

export function encodeRouteId(id: string): string {
  let segment = ''
  for (let i = 0; i < id.length; i++) {
    const unit = id[i] as string
    segment += PLAIN.test(unit)
      ? unit
      : `~${id.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`
  }
  return segment
}

/** The id a segment stands for, or null when it is not one encodeRouteId could have made. */
export function decodeRouteId(segment: string): string | null {
  if (!SEGMENT.test(segment)) return null
  return segment.replace(/~([0-9A-F]{4})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  )
}

/** The presenter's route, matched by the renderer's router. */
export const PRESENTER_ROUTE = '/present/:id'

/** The presenter's route for one workshop: the hash of the page to load, after '#'. */
export function presenterRoute(workshopId: string): string {
  return `/present/${encodeRouteId(workshopId)}`
}
