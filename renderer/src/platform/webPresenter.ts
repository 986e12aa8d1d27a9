/**
 * The presenter in a browser: a named pop-up of this same page on `#/present/<id>`. The handle is
 * kept so the facilitator's tab can close it and ask after it; a reload of that tab forgets it.
 */
import { presenterRoute } from '@shared/ipc/routeIds'
import { PlatformError, type PlatformPresenter } from './types'

/** Named, so opening again reuses the one pop-up instead of stacking new ones. */
export const PRESENTER_WINDOW_NAME = 'vantage-presenter'
const FEATURES = 'popup,width=1280,height=720'

/**
 * This page's own address with the present route as its hash: the query and any old hash are
 * dropped, and the id is encoded (routeIds.ts), so nothing but our origin, our page and the id
 * is in it.
 */
export function presenterPageUrl(workshopId: string, here: string = window.location.href): string {
  const url = new URL(here)
  url.search = ''
  url.hash = presenterRoute(workshopId)
  return url.href
}

export function createWebPresenter(): PlatformPresenter {
  let handle: Window | null = null
  return {
    open: async (workshopId) => {
      // The same refusal the desktop app's contract gives, so both behave alike. Loaded here, not
      // at start: the contract brings its validators, which the first screen does not need.
      const { ipcContract } = await import('@shared/ipc')
      if (!ipcContract.presenterOpen.args.safeParse([{ workshopId }]).success) {
        throw new PlatformError('invalid-arguments', 'This workshop cannot be presented.', {
          code: 'presenterIdInvalid',
        })
      }
      const opened = window.open(presenterPageUrl(workshopId), PRESENTER_WINDOW_NAME, FEATURES)
      if (opened === null) {
        throw new PlatformError('blocked', 'The browser blocked the presenter window.', {
          code: 'presenterBlocked',
        })
      }
      handle = opened
      opened.focus()
    },
    close: async () => {
      handle?.close()
      handle = null
    },
    isOpen: async () => handle !== null && !handle.closed,
  }
}
