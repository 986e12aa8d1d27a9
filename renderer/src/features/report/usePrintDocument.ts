/**
 * The page around a report: the window title, a class that turns the document light and
 * shell-free, and the `data-print-ready` flag that main's PDF exporter and the tests wait for.
 * It is set only once the fonts are in and the report has been painted, so no PDF is taken of
 * a half-laid-out page; with autoprint the print dialog opens at that moment, once.
 */
import { useEffect, useRef } from 'react'

export const PRINT_ROUTE_CLASS = 'print-route'

export type PrintState = 'loading' | 'ready' | 'failed'

export function usePrintDocument(state: PrintState, title: string | null, autoprint: boolean) {
  const printed = useRef(false)

  useEffect(() => {
    const root = document.documentElement
    root.classList.add(PRINT_ROUTE_CLASS)
    return () => {
      root.classList.remove(PRINT_ROUTE_CLASS)
      delete document.body.dataset.printReady
    }
  }, [])

  useEffect(() => {
    if (title === null) return
    const before = document.title
    document.title = title
    return () => {
      document.title = before
    }
  }, [title])

  useEffect(() => {
    const body = document.body
    if (state === 'failed') body.dataset.printReady = 'failed'
    if (state !== 'ready') return
    let cancelled = false
    void document.fonts.ready.then(() =>
      afterPaint(() => {
        if (cancelled) return
        body.dataset.printReady = 'true'
        if (autoprint && !printed.current) {
          printed.current = true
          window.print()
        }
      }),
    )
    return () => {
      cancelled = true
    }
  }, [state, autoprint])
}

/**
 * Two animation frames: the first lays the report out, the second has painted it. A hidden
 * window may never get an animation frame, so a timer stands in after a short wait.
 */
function afterPaint(callback: () => void) {
  let done = false
  const once = () => {
    if (done) return
    done = true
    callback()
  }
  requestAnimationFrame(() => requestAnimationFrame(once))
  setTimeout(once, 250)
}
