/**
 * Menu commands inside the page. The desktop menu's commands arrive here once (useMenuCommands)
 * and each feature listens for its own where the state it needs lives: the file actions for
 * "Save as…", the presenter controls for the presenter, the import for "Open…". A command that
 * nothing on screen listens for does nothing.
 */
import { useEffect, useRef } from 'react'
import type { AppCommand } from '@shared/ipc'

type Listener = (command: AppCommand) => void

const listeners = new Set<Listener>()

export function emitAppCommand(command: AppCommand): void {
  for (const listener of [...listeners]) listener(command)
}

/** Runs `handler` on each of `commands` for as long as the calling component is mounted. */
export function useAppCommand(
  commands: AppCommand | readonly AppCommand[],
  handler: (command: AppCommand) => void,
): void {
  const handlerRef = useRef(handler)
  useEffect(() => {
    handlerRef.current = handler
  })
  // A stable key, so a fresh array literal on every render does not resubscribe.
  const key = typeof commands === 'string' ? commands : commands.join(' ')
  useEffect(() => {
    const wanted = new Set(key.split(' '))
    const listener: Listener = (command) => {
      if (wanted.has(command)) handlerRef.current(command)
    }
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }, [key])
}
