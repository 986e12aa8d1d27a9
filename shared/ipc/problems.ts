/**
 * Why main could not do something, as a code the renderer turns into a sentence in the
 * facilitator's language. Main never sends a sentence of its own: its English message is for
 * the developer log only. Numbers travel as numbers, so each language formats them itself.
 */
export const MAIN_PROBLEM_CODES = [
  // Writing a file
  'diskFull',
  'quotaUsed',
  'writeForbidden',
  'readOnlyDisk',
  'folderGone',
  'fileBusy',
  'nameTooLong',
  'writeFailed',
  // Reading a file
  'fileGone',
  'readForbidden',
  'isFolder',
  'readFailed',
  'notAFile',
  'fileTooLarge',
  'notText',
  'tooLargeToSave',
  'notAVantageFile',
  // Backups
  'noSuchBackup',
  'backupTooLarge',
  'tooLargeToBackUp',
  // The PDF and the presenter
  'printIdInvalid',
  'printWindowClosed',
  'printFailed',
  'printTimedOut',
  'presenterIdInvalid',
  'presenterFromPresenter',
  'callerClosed',
  // Letting the room join from phones
  'joinNetworkGone',
  'joinNotHere',
  'joinPageMissing',
  'joinServerGone',
  // A browser's pop-up blocker (the browser build only)
  'printBlocked',
  'presenterBlocked',
  // Anything else: the log has the detail
  'unexpected',
] as const

export type MainProblemCode = (typeof MAIN_PROBLEM_CODES)[number]

/** Which kind of document a size or format problem is about. */
export type DocumentNoun = 'session' | 'template'

export interface MainProblem {
  code: MainProblemCode
  /** Sizes in whole megabytes, rounded up, as the sentence says them. */
  sizeMb?: number
  limitMb?: number
  document?: DocumentNoun
  /** The OS's error code (ENOSPC, EIO…), for a failure with no sentence of its own. */
  osCode?: string
}

export function isMainProblemCode(value: unknown): value is MainProblemCode {
  return typeof value === 'string' && (MAIN_PROBLEM_CODES as readonly string[]).includes(value)
}

/** An error that knows its problem: main's handlers send the problem, not the message. */
export class MainProblemError extends Error {
  constructor(
    readonly problem: MainProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'MainProblemError'
  }
}

/** The problem an error carries, or `unexpected` for one that carries none. */
export function problemOf(error: unknown): MainProblem {
  if (error instanceof MainProblemError) return error.problem
  if (typeof error === 'object' && error !== null && 'problem' in error) {
    const problem = (error as { problem: unknown }).problem
    if (typeof problem === 'object' && problem !== null && 'code' in problem) {
      const { code } = problem as { code: unknown }
      if (isMainProblemCode(code)) return problem as MainProblem
    }
  }
  return { code: 'unexpected' }
}
