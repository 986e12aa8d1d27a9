/**
 * The single door for IPC into main. Every method goes through the same three checks, in this
 * order: is the caller our own page, are the arguments what the contract says, did the handler
 * succeed. Nothing crosses back as a thrown error, only as an IpcResult.
 */
import { problemOf } from '../../../shared/ipc/problems'
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import type { z } from 'zod'
import {
  ipcContract,
  type IpcArgs,
  type IpcMethod,
  type IpcResults,
} from '../../../shared/ipc/contract'
import { fail, ok, type IpcResult } from '../../../shared/ipc/result'
import { isTrustedUrl } from '../origin'
import { reasonOf } from '../../../shared/errors'

/** Main's side of one contract method; `event` is there to find the calling window. */
export type IpcHandler<M extends IpcMethod> = (
  event: IpcMainInvokeEvent,
  ...args: IpcArgs<M>
) => IpcResults[M] | Promise<IpcResults[M]>

/** One handler per contract method: a missing one is a compile error. */
export type IpcHandlers = { [M in IpcMethod]: IpcHandler<M> }

/** The sender frame's URL, or null when there is none or it is already gone. */
function senderUrl(event: IpcMainInvokeEvent): string | null {
  try {
    return event.senderFrame?.url ?? null
  } catch {
    // Reading a disposed frame throws; a caller that vanished is not a caller we trust.
    return null
  }
}

function summarizeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length === 0 ? 'arguments' : issue.path.map(String).join('.')
      return `${where}: ${issue.message}`
    })
    .join('; ')
}

export function registerIpcMethod<M extends IpcMethod>(
  ipcMain: Pick<IpcMain, 'handle'>,
  method: M,
  handler: IpcHandler<M>,
  trustedOrigins: readonly string[],
): void {
  const { channel, args: schema } = ipcContract[method]
  ipcMain.handle(
    channel,
    async (event, ...rawArgs: unknown[]): Promise<IpcResult<IpcResults[M]>> => {
      const url = senderUrl(event)
      if (url === null || !isTrustedUrl(url, trustedOrigins)) {
        return fail('forbidden-sender', `${channel} refused a call from ${url ?? 'no frame'}`)
      }
      const parsed = schema.safeParse(rawArgs)
      if (!parsed.success) {
        return fail('invalid-arguments', `${channel}: ${summarizeIssues(parsed.error)}`)
      }
      try {
        return ok(await handler(event, ...(parsed.data as IpcArgs<M>)))
      } catch (error) {
        console.error(`${channel} failed:`, error)
        return fail('failed', reasonOf(error), problemOf(error))
      }
    },
  )
}
