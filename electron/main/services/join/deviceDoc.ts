/**
 * One device's own Y.Doc, and the check every phone update passes before it is applied: it must
 * decode, come within the size limits, complete (nothing waiting on missing parts), touch only
 * the phone's `input` map (never the view, never the server's own items, no other shared type),
 * and leave an input the zod schema accepts. Anything else is refused whole and changes nothing.
 */
import * as Y from 'yjs'
import { phoneInputSchema } from '../../../../shared/join/schemas'
import {
  INPUT_MAP,
  JOIN_LIMITS,
  VIEW_KEY,
  VIEW_MAP,
  type DeviceView,
  type PhoneInput,
} from '../../../../shared/join/protocol'

export type Refusal = 'tooLarge' | 'malformed' | 'forged' | 'incomplete' | 'wroteView' | 'invalid'

export type PhoneUpdateOutcome =
  { ok: true; input: PhoneInput; changed: boolean } | { ok: false; reason: Refusal }

export function createDeviceDoc(): Y.Doc {
  const doc = new Y.Doc()
  doc.getMap(VIEW_MAP)
  doc.getMap(INPUT_MAP)
  return doc
}

function viewJson(doc: Y.Doc): string {
  return JSON.stringify(doc.getMap(VIEW_MAP).toJSON())
}

/** The input as the phone last wrote it, checked; `{}` before it wrote anything. */
export function inputOf(doc: Y.Doc): PhoneInput {
  const parsed = phoneInputSchema.safeParse(doc.getMap(INPUT_MAP).toJSON())
  return parsed.success ? parsed.data : {}
}

function refuse(reason: Refusal): PhoneUpdateOutcome {
  return { ok: false, reason }
}

/** Checks `update` on a copy of the document; applies it to the real one only if it passes. */
export function applyPhoneUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  origin: unknown,
): PhoneUpdateOutcome {
  if (update.byteLength > JOIN_LIMITS.maxMessageBytes) return refuse('tooLarge')
  const trial = new Y.Doc()
  try {
    // The server writes only the view, under its own client id: a phone's struct claiming that
    // id would be the phone writing as the laptop.
    if (Y.decodeUpdate(update).structs.some((s) => s.id.client === doc.clientID)) {
      return refuse('forged')
    }
    Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc))
    Y.applyUpdate(trial, update)
  } catch {
    return refuse('malformed')
  }
  if (trial.store.pendingStructs !== null || trial.store.pendingDs !== null) {
    return refuse('incomplete')
  }
  if ([...trial.share.keys()].some((name) => name !== VIEW_MAP && name !== INPUT_MAP)) {
    return refuse('invalid')
  }
  if (viewJson(trial) !== viewJson(doc)) return refuse('wroteView')
  if (Y.encodeStateAsUpdate(trial).byteLength > JOIN_LIMITS.maxDocumentBytes) {
    return refuse('tooLarge')
  }
  const parsed = phoneInputSchema.safeParse(trial.getMap(INPUT_MAP).toJSON())
  if (!parsed.success) return refuse('invalid')
  const before = JSON.stringify(inputOf(doc))
  Y.applyUpdate(doc, update, origin)
  return { ok: true, input: parsed.data, changed: JSON.stringify(parsed.data) !== before }
}

/** Writes the view the laptop derived for this device; nothing is sent when it is unchanged. */
export function setDeviceView(doc: Y.Doc, view: DeviceView, origin: unknown): void {
  const map = doc.getMap(VIEW_MAP)
  if (JSON.stringify(map.get(VIEW_KEY) ?? null) === JSON.stringify(view)) return
  doc.transact(() => map.set(VIEW_KEY, view), origin)
}
