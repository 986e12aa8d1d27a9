/**
 * The wire between the join server and a phone, free of zod so the phone page carries none:
 * where a phone's page, token and sync socket live, the names inside a device's own Y.Doc, and
 * the shapes written there. Each device has its own small document: the host writes `view`
 * (what this device may see now), the phone writes `input` (its own choice and rating), and the
 * server checks every phone update against that split before it is applied.
 */
import type { LensStep, MaturityLevel, RatingState, RatingValue } from '../domain'

/** The Y.Map the host writes: one key, `VIEW_KEY`, holding the whole DeviceView. */
export const VIEW_MAP = 'view'
export const VIEW_KEY = 'view'
/** The Y.Map the phone writes: the keys of PhoneInput, each a plain JSON value. */
export const INPUT_MAP = 'input'

/** y-protocols message types on the socket; only sync is spoken (no awareness, no auth). */
export const MESSAGE_SYNC = 0

/** The bounds the server holds every device to; the phone page keeps well inside them. */
export const JOIN_LIMITS = {
  /** One WebSocket message: a rating with the longest note is well under 8 KB. */
  maxMessageBytes: 16 * 1024,
  /** A device's whole document after an update is applied. */
  maxDocumentBytes: 64 * 1024,
  /** Messages a connection may send in a burst, and refilled per second after it. */
  burstMessages: 30,
  messagesPerSecond: 10,
  /** Messages refused on one connection before the server closes it. */
  maxRefusedMessages: 50,
  /** Devices a session admits at all, and connections at once from one address. */
  maxDevices: 120,
  maxConnectionsPerAddress: 8,
  /** New device tokens one address may ask for (a phone asks once, or after its storage is cleared). */
  maxTokensPerAddress: 16,
} as const

/** The page a phone opens: `/<code>/`; its assets sit below it, so each request carries the code. */
export function pagePath(code: string): string {
  return `/${code}/`
}
/** POST here once to be given this device's token. */
export function tokenPath(code: string): string {
  return `/${code}/device`
}
/** The sync socket: `/<code>/sync?device=<token>`. */
export function syncPath(code: string, token: string): string {
  return `/${code}/sync?device=${encodeURIComponent(token)}`
}

/**
 * The rating the phone sends for the step it is shown; `note` may be empty. `seq` counts the
 * person's presses of Send, so sending the same rating again on purpose is a new input, while
 * the same input heard again after a reconnect is not.
 */
export interface PhoneRating {
  lensId: string
  state: RatingState
  value: RatingValue
  note: string
  seq: number
}

/**
 * Everything a phone may write. `claim`: the participant id it picked from the list; `ask`: a
 * name the facilitator is asked to admit; `rating`: its rating of the current step.
 */
export interface PhoneInput {
  claim?: string | null
  ask?: string | null
  rating?: PhoneRating | null
}

export interface ViewScaleLevel {
  level: MaturityLevel
  label: string
  description: string
}

/** The lens being rated, as the phone shows it. */
export interface ViewLens {
  lensId: string
  title: string
  coreQuestion: string
  /** 1-based place on the agenda, and how many lenses there are. */
  number: number
  count: number
  scale: ViewScaleLevel[]
}

/**
 * What one device may see, and nothing more: see deviceView.ts for the rules.
 * - `waiting`: the facilitator is not on a rating step (or not started): nothing of the lens.
 * - `rate`: the lens and state being rated, and this device's own rating as the laptop holds it.
 */
export interface DeviceView {
  workshopTitle: string
  /** A short name for this phone, so the facilitator can tell which one to admit. */
  deviceLabel: string
  anonymous: boolean
  /** Who this device rates for; `name` is null in an anonymous workshop. Null until admitted. */
  me: { participantId: string; name: string | null } | null
  /** Names to pick from: empty in an anonymous workshop and once admitted. */
  people: { participantId: string; name: string }[]
  /** The name this device asked to be admitted as, while the facilitator has not answered. */
  asked: string | null
  step:
    { kind: 'waiting'; at: LensStep | null } | { kind: 'rate'; state: RatingState; lens: ViewLens }
  /**
   * This device's own rating of the step being rated, echoed once the laptop has stored it; null
   * when it has not, or when the facilitator has changed or undone it since.
   */
  sent: { value: RatingValue; noted: boolean } | null
  /**
   * The laptop stored this device's rating of the step being rated, and the facilitator has
   * since changed or undone it there (what it is now is not said: it may not be this phone's).
   */
  withdrawn: boolean
}
