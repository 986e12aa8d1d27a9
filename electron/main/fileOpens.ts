/**
 * Files the operating system asks Vantage to open: a double-clicked `.vantage` session or
 * `.vantage-template` template, one given on the command line, one handed over by a second
 * launch, or macOS's open-file event. They wait here, in order, until the renderer takes them;
 * main reads each one itself, by its kind's rules, so the renderer never names a path. Every file
 * opened or saved is remembered as a recent document.
 */
import { problemOf } from '../../shared/ipc/problems'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { WaitingFile, WaitingFileKind } from '../../shared/ipc/contract'

export const SESSION_EXTENSION = '.vantage'
export const TEMPLATE_EXTENSION = '.vantage-template'

/** What a file is by its extension (any letter case), or null when Vantage opens no such file. */
export function fileKindOf(filePath: string): WaitingFileKind | null {
  const name = filePath.toLowerCase()
  if (name.endsWith(SESSION_EXTENSION)) return 'session'
  if (name.endsWith(TEMPLATE_EXTENSION)) return 'template'
  return null
}

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
 * The session and template files among command-line arguments, made absolute against the folder
 * the command ran in. Only paths with one of the two extensions count, so Electron's and
 * Chromium's own arguments (`--flag`, `.` in a development run) never become files to open.
 */
export function filesToOpenInArgv(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-'))
    .map((arg) => asPath(arg, workingDirectory))
    .filter((file): file is string => file !== null && fileKindOf(file) !== null)
}

export interface WaitingFilesDependencies {
  /** The file's text, by its kind's rules; throws a sentence for the facilitator when it cannot. */
  read(filePath: string, fileKind: WaitingFileKind): Promise<string>
  /** A file is waiting: tell the renderer, and bring the window forward. */
  announce(): void
  /** The OS's recent documents; a no-op where the OS has none. */
  remember(filePath: string): void
}

export interface WaitingFiles {
  /** Queues files to open; the same file asked twice before it is taken waits once. */
  add(filePaths: readonly string[]): void
  /** The oldest waiting file, read now, or `none`. */
  take(): Promise<WaitingFile>
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
      const fileKind = fileKindOf(filePath)
      // macOS's open-file may name any file dropped on the Dock icon: refused unread, in words.
      if (fileKind === null) {
        return {
          kind: 'unreadable',
          fileKind,
          fileName,
          problem: { code: 'notAVantageFile' },
        }
      }
      try {
        const contents = await dependencies.read(filePath, fileKind)
        dependencies.remember(filePath)
        return { kind: 'file', fileKind, fileName, contents }
      } catch (error) {
        return {
          kind: 'unreadable',
          fileKind,
          fileName,
          problem: problemOf(error),
        }
      }
    },
  }
}
