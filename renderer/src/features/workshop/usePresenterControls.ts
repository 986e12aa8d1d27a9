/**
 * The facilitator's hold on the projector: whether the presenter window is open, and what it
 * shows (the steps, a large timer, the compare view, a team map, or nothing). The window follows
 * the database by itself; this only opens and closes it and writes the display state.
 */
import { useCallback, useEffect, useState } from 'react'
import {
  presenterMapView,
  type PresenterMapView,
  type PresenterMode,
  type PresenterState,
} from '@shared/domain'
import { platform } from '../../platform'
import { useServices } from '../../store/context'
import { failureReason } from '../../i18n/failureReason'

/** How often to notice that the presenter window was closed by hand (its own close button). */
const CHECK_OPEN_MS = 1500

export function usePresenterControls(workshopId: string) {
  const { repositories, saveStatus, session } = useServices()
  const [open, setOpen] = useState(false)
  const [state, setState] = useState<PresenterState | null>(null)
  const [problem, setProblem] = useState('')

  useEffect(() => {
    let stopped = false
    void repositories.presenter.get(workshopId).then((s) => !stopped && setState(s))
    const check = () =>
      void platform.presenter.isOpen().then(
        (isOpen) => !stopped && setOpen(isOpen),
        () => {},
      )
    check()
    const timer = setInterval(check, CHECK_OPEN_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [repositories, workshopId])

  // The application menu offers "Close presenter view" while it is open, and checks "Blank the
  // projector" while it is blank.
  const blank = state?.blank ?? false
  useEffect(
    () => session.setState({ presenterOpen: open, presenterBlank: blank }),
    [session, open, blank],
  )

  /** Writes the display state; says whether it was written (the reason is in `problem`). */
  const update = useCallback(
    async (patch: {
      blank?: boolean
      mode?: PresenterMode
      mapView?: PresenterMapView
    }): Promise<boolean> => {
      try {
        setState(await saveStatus.track(() => repositories.presenter.update(workshopId, patch)))
        setProblem('')
        return true
      } catch (error) {
        setProblem(failureReason(error))
        return false
      }
    },
    [repositories, saveStatus, workshopId],
  )

  const openPresenter = useCallback(async () => {
    try {
      await platform.presenter.open(workshopId)
      setOpen(true)
      setProblem('')
    } catch (error) {
      setProblem(failureReason(error))
    }
  }, [workshopId])

  const closePresenter = useCallback(async () => {
    try {
      await platform.presenter.close()
    } finally {
      setOpen(false)
    }
  }, [])

  return {
    open,
    blank,
    mode: state?.mode ?? 'follow',
    mapView: state ? presenterMapView(state) : 'today',
    problem,
    openPresenter,
    closePresenter,
    setBlank: (blank: boolean) => update({ blank }),
    setMode: (mode: PresenterMode) => update({ mode }),
    /** Choosing a map puts the projector on it too: the facilitator means to show it now. */
    setMapView: (mapView: PresenterMapView) => update({ mode: 'map', mapView }),
  }
}
