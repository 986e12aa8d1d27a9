/**
 * Files the OS handed the desktop app (a double-click, the command line, a second launch), taken
 * one after another: those waiting when the page starts, and each one announced later. Main says
 * what each is; `handlers` sends it on its way. Nothing happens in a browser, which has no OS
 * file opens.
 */
import { useEffect, useRef } from 'react'
import type { WaitingFile } from '@shared/ipc'
import { platform, PlatformError } from '../../platform'

export type UnreadableFile = Extract<WaitingFile, { kind: 'unreadable' }>

export interface WaitingFileHandlers {
  session(fileName: string, text: string): Promise<void>
  template(fileName: string, text: string): Promise<void>
  /** A file main could not read, with main's problem; or a take that failed (no file name). */
  unreadable(file: UnreadableFile): void
}

export function useWaitingFiles(handlers: WaitingFileHandlers): void {
  // The latest handlers, so the page subscribes once, not on every change of what they close over.
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })

  useEffect(() => {
    const desktop = platform.desktop
    if (!desktop) return
    let stopped = false
    let taking = false
    // A file announced while a take is on its way is taken once that one is done.
    let announced = false
    async function takeAll() {
      if (taking || !desktop) {
        announced = true
        return
      }
      taking = true
      try {
        do {
          announced = false
          for (;;) {
            const waiting = await desktop.takeWaitingFile()
            if (stopped || waiting.kind === 'none') break
            await route(waiting)
          }
        } while (announced && !stopped)
      } catch (error) {
        if (!stopped) {
          latest.current.unreadable({
            kind: 'unreadable',
            fileKind: null,
            fileName: '',
            problem: error instanceof PlatformError ? error.problem : { code: 'unexpected' },
          })
        }
      } finally {
        taking = false
      }
    }
    async function route(waiting: Exclude<WaitingFile, { kind: 'none' }>) {
      const handle = latest.current
      if (waiting.kind === 'unreadable') handle.unreadable(waiting)
      else if (waiting.fileKind === 'template')
        await handle.template(waiting.fileName, waiting.contents)
      else await handle.session(waiting.fileName, waiting.contents)
    }
    void takeAll()
    const stop = desktop.onFileWaiting(() => void takeAll())
    return () => {
      stopped = true
      stop()
    }
  }, [])
}
