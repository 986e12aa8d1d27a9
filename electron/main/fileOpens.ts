/**
 * Session files the operating system asks Vantage to open: a double-clicked `.vantage` file, one
 * given on the command line, one handed over by a second launch, or macOS's open-file event.
 * They wait here, in order, until the renderer takes them; main reads each one itself, so the
 * renderer never names a path. Every file opened or saved is remembered as a recent document.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { WaitingSessionFile } from '../../shared/ipc/contract'

export const SESSION_EXTENSION = '.vantage'
export const TEMPLATE_EXTENSION = '.vantage-template'

/** A path, or a `file://` URL as some Linux desktops pass (the AppImage's `%U`), as a path. */
function asPath(arg: string, workingDirectory: string): string | null {
  if (!/^file:/i.test(arg)) return path.resolve(workingDirectory, arg)
  try {
    return fileURLToPath(arg)
  } catch {
    // A file URL naming another host, or not a file URL at all: nothing Vantage can open.
    return null
  }
}

/**
 * The session files among command-line arguments, made absolute against the folder the command
 * ran in. Only `.vantage` paths count, so Electron's and Chromium's own arguments (`--flag`, `.`
 * in a development run) never become files to open.
 */
export function sessionFilesInArgv(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-'))
    .map((arg) => asPath(arg, workingDirectory))
    .filter((file): file is string => file?.toLowerCase().endsWith(SESSION_EXTENSION) ?? false)
}

export interface WaitingFilesDependencies {
  /** The file's text; throws a sentence for the facilitator when it cannot be read. */
  read(filePath: string): Promise<string>
  /** A file is waiting: tell the renderer, and bring the window forward. */
  announce(): void
  /** The OS's recent documents; a no-op where the OS has none. */
  remember(filePath: string): void
}

export interface WaitingFiles {
  /** Queues files to open; the same file asked twice before it is taken waits once. */
  add(filePaths: readonly string[]): void
  /** The oldest waiting file, read now, or `none`. */
  take(): Promise<WaitingSessionFile>
}

export function createWaitingFiles(dependencies: WaitingFilesDependencies): WaitingFiles {
  const queue: string[] = []
  return {
    add(filePaths) {
      const fresh = [...new Set(filePaths)].filter((filePath) => !queue.includes(filePath))
      if (fresh.length === 0) return
      queue.push(...fresh)
      dependencies.announce()
    },

    async take() {
      const filePath = queue.shift()
      if (filePath === undefined) return { kind: 'none' }
      const fileName = path.basename(filePath)
      try {
        const contents = await dependencies.read(filePath)
        dependencies.remember(filePath)
        return { kind: 'file', fileName, contents }
      } catch (error) {
        return {
          kind: 'unreadable',
          fileName,
          problem: error instanceof Error ? error.message : String(error),
        }
      }
    },
  }
}
