/**
 * One phone's socket, speaking y-protocols sync (the framing y-websocket uses: a message type,
 * then sync step 1, step 2 or an update) over its own device document. Each message is counted
 * against the connection's rate limit and size limit before it is read; anything but sync is
 * refused, and a connection that keeps sending what is refused is closed.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { WebSocket } from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import type * as Y from 'yjs'
import { JOIN_LIMITS, MESSAGE_SYNC, type PhoneInput } from '../../../../shared/join/protocol'
import { applyPhoneUpdate, type Refusal } from './deviceDoc'
import type { RateLimit } from './rateLimit'

export type MessageRefusal = Refusal | 'rate' | 'notSync'

export interface SyncConnectionEvents {
  /** The phone's input changed and passed every check. */
  input(input: PhoneInput): void
  refused(reason: MessageRefusal): void
}

/** Closed for breaking the rules (RFC 6455 1008, policy violation). */
export const CLOSE_POLICY = 1008
/** Closed because the same device connected again, or joining stopped. */
export const CLOSE_REPLACED = 4000
export const CLOSE_STOPPED = 1001

function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  write(encoder)
  return encoding.toUint8Array(encoder)
}

export function attachSyncConnection(
  socket: WebSocket,
  doc: Y.Doc,
  limit: RateLimit,
  events: SyncConnectionEvents,
): () => void {
  let refusals = 0
  const send = (message: Uint8Array) => {
    if (socket.readyState === socket.OPEN) socket.send(message)
  }

  function refuse(reason: MessageRefusal): void {
    events.refused(reason)
    refusals += 1
    if (refusals >= JOIN_LIMITS.maxRefusedMessages) socket.close(CLOSE_POLICY, 'too many refused')
  }

  function handle(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data)
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return refuse('notSync')
    const kind = decoding.readVarUint(decoder)
    const payload = decoding.readVarUint8Array(decoder)
    if (decoding.hasContent(decoder)) return refuse('malformed')
    if (kind === syncProtocol.messageYjsSyncStep1) {
      send(syncMessage((encoder) => syncProtocol.writeSyncStep2(encoder, doc, payload)))
      return
    }
    if (kind !== syncProtocol.messageYjsSyncStep2 && kind !== syncProtocol.messageYjsUpdate) {
      return refuse('malformed')
    }
    const outcome = applyPhoneUpdate(doc, payload, socket)
    if (!outcome.ok) return refuse(outcome.reason)
    if (outcome.changed) events.input(outcome.input)
  }

  socket.on('message', (raw, isBinary) => {
    // ws already refuses frames over maxPayload; this also bounds what a fragmented message adds up to.
    const data = Array.isArray(raw) ? Buffer.concat(raw) : Buffer.from(raw as ArrayBuffer)
    if (!limit.take()) return refuse('rate')
    if (!isBinary || data.byteLength > JOIN_LIMITS.maxMessageBytes) return refuse('tooLarge')
    try {
      handle(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
    } catch {
      refuse('malformed')
    }
  })

  // What the laptop writes (the view) goes out; what came from this socket does not go back.
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== socket) send(syncMessage((encoder) => syncProtocol.writeUpdate(encoder, update)))
  }
  doc.on('update', onUpdate)
  // The server's state first: the phone answers with what it has that the laptop lacks.
  send(syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, doc)))
  send(syncMessage((encoder) => syncProtocol.writeSyncStep2(encoder, doc, new Uint8Array([0]))))
  return () => doc.off('update', onUpdate)
}
