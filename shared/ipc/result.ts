/** The envelope every IPC call answers with: callers never see a thrown error cross processes. */
import type { MainProblem } from './problems'

export type IpcErrorCode = 'forbidden-sender' | 'invalid-arguments' | 'failed'

export interface IpcError {
  code: IpcErrorCode
  /** A sentence for the developer log; the renderer shows its own translated text. */
  message: string
  /** What went wrong, for the renderer to say in the facilitator's language. */
  problem?: MainProblem
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value }
}

export function fail<T = never>(
  code: IpcErrorCode,
  message: string,
  problem?: MainProblem,
): IpcResult<T> {
  return { ok: false, error: problem ? { code, message, problem } : { code, message } }
}
