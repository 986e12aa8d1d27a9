/**
 * The laptop's side of the room joining: the source of truth stays the open workshop. Each
 * phone's input arrives as an event and becomes an ordinary edit of the session (undoable,
 * strictly durable, in the backups) only when it may: the phone holds a seat, and its rating is
 * for the step open now. What each phone may see is derived from the workshop (deviceView) and
 * handed to the server after every change, one view per device.
 */
import { createStore } from 'zustand/vanilla'
import { normaliseName } from '@shared/domain'
import {
  deviceView,
  openRating,
  type DeviceSeat,
  type JoinAdapter,
  type JoinEvent,
  type JoinSessionInfo,
  type PhoneInput,
  type PhoneRating,
} from '@shared/join'
import { failureReason } from '../../i18n/failureReason'
import { t } from '../../i18n'
import type { PlatformJoin } from '../../platform/types'
import { nameMessage } from '../prepare/participants/nameMessage'
import type { SessionData } from '../../store/session/sessionData'
import type { SessionStore } from '../../store/session/sessionStore'
import type { WorkshopEdits } from '../../store/session/workshopEdits'

export interface JoinDevice {
  deviceId: string
  connected: boolean
  /** Who it rates for: picked on the phone, or let in by the facilitator. */
  participantId: string | null
  asked: string | null
  input: PhoneInput
  /** The last rating of this phone the session stored. */
  submitted: PhoneRating | null
}

export interface JoinState {
  phase: 'off' | 'starting' | 'on'
  session: JoinSessionInfo | null
  adapters: JoinAdapter[] | null
  devices: JoinDevice[]
  refused: number
  problem: string
}

const OFF: JoinState = {
  phase: 'off',
  session: null,
  adapters: null,
  devices: [],
  refused: 0,
  problem: '',
}

export interface JoinHostDeps {
  join: PlatformJoin
  session: SessionStore['store']
  edits: Pick<WorkshopEdits, 'rateWithNote' | 'addParticipant'>
}

/** What was applied, per device, so a rating undone on the laptop is not applied again. */
const ratingKey = (participantId: string, rating: PhoneRating) =>
  JSON.stringify([
    participantId,
    rating.lensId,
    rating.state,
    rating.value,
    rating.note,
    rating.seq,
  ])

export function createJoinHost({ join, session, edits }: JoinHostDeps) {
  const store = createStore<JoinState>(() => OFF)
  const applied = new Map<string, string>()
  const sentViews = new Map<string, string>()
  const data = (): SessionData | null => session.getState().data

  const devices = () => store.getState().devices
  function update(deviceId: string, patch: (device: JoinDevice) => Partial<JoinDevice>): void {
    store.setState({
      devices: devices().map((d) => (d.deviceId === deviceId ? { ...d, ...patch(d) } : d)),
    })
  }
  function device(deviceId: string): JoinDevice {
    const known = devices().find((d) => d.deviceId === deviceId)
    if (known) return known
    const fresh: JoinDevice = {
      deviceId,
      connected: false,
      participantId: null,
      asked: null,
      input: {},
      submitted: null,
    }
    store.setState({ devices: [...devices(), fresh] })
    return fresh
  }

  const heldByOthers = (deviceId: string) =>
    new Set(
      devices().flatMap((d) =>
        d.deviceId !== deviceId && d.participantId !== null ? [d.participantId] : [],
      ),
    )

  /** A phone's own pick of its name: never in an anonymous workshop, never a seat already held. */
  function takeClaim(entry: JoinDevice): void {
    const d = data()
    const claim = entry.input.claim
    if (!d || d.workshop.anonymous || entry.participantId !== null || !claim) return
    if (!d.participants.some((p) => p.id === claim) || heldByOthers(entry.deviceId).has(claim)) {
      return
    }
    update(entry.deviceId, () => ({ participantId: claim, asked: null }))
  }

  /** The phone's rating becomes a session edit when it is for the step open now. */
  async function applyRating(deviceId: string): Promise<void> {
    const entry = devices().find((d) => d.deviceId === deviceId)
    const d = data()
    const rating = entry?.input.rating
    if (!entry || !d || !rating || entry.participantId === null) return
    const open = openRating(d)
    if (!open || open.lensId !== rating.lensId || open.state !== rating.state) return
    const key = ratingKey(entry.participantId, rating)
    if (applied.get(deviceId) === key) return
    applied.set(deviceId, key)
    const { participantId } = entry
    const outcome = await edits.rateWithNote(
      participantId,
      rating.lensId,
      rating.state,
      rating.value,
      rating.note,
    )
    if (outcome.ok) update(deviceId, () => ({ submitted: rating }))
    else applied.delete(deviceId)
  }

  function onInput(deviceId: string, input: PhoneInput): void {
    const entry = device(deviceId)
    update(deviceId, () => ({
      input,
      asked: entry.participantId === null ? (input.ask ?? null) : null,
    }))
    takeClaim(devices().find((d) => d.deviceId === deviceId) ?? entry)
    void applyRating(deviceId)
  }

  function onEvent(event: JoinEvent): void {
    if (event.kind === 'device') {
      device(event.device.deviceId)
      update(event.device.deviceId, () => ({ connected: event.device.connected }))
    } else if (event.kind === 'input') onInput(event.deviceId, event.input)
    else if (event.kind === 'refused') store.setState({ refused: event.count })
    else if (event.kind === 'stopped') {
      store.setState({ phase: 'off', session: null, devices: [], refused: 0 })
      applied.clear()
      sentViews.clear()
    }
  }

  /** Each device's view, sent when it changed: after any edit of the workshop or of the seats. */
  function pushViews(): void {
    const d = data()
    if (!d || store.getState().phase !== 'on') return
    // A seat whose person was removed from the workshop is free again.
    const present = new Set(d.participants.map((p) => p.id))
    for (const entry of devices()) {
      if (entry.participantId !== null && !present.has(entry.participantId)) {
        update(entry.deviceId, () => ({ participantId: null, submitted: null }))
      }
    }
    const views = devices().flatMap((entry) => {
      const seat: DeviceSeat = {
        deviceId: entry.deviceId,
        participantId: entry.participantId,
        asked: entry.asked,
        submitted: entry.submitted,
      }
      const view = deviceView(d, seat, heldByOthers(entry.deviceId))
      const json = JSON.stringify(view)
      if (sentViews.get(entry.deviceId) === json) return []
      sentViews.set(entry.deviceId, json)
      return [{ deviceId: entry.deviceId, view }]
    })
    if (views.length > 0) void join.setViews(views).catch(() => sentViews.clear())
  }

  /** Starts listening to the room and the workshop; the returned function stops listening. */
  function listen(): () => void {
    const stopEvents = join.onEvent(onEvent)
    const stopData = session.subscribe((state, before) => {
      if (state.data === before.data) return
      for (const entry of devices()) void applyRating(entry.deviceId)
      pushViews()
    })
    const stopSelf = store.subscribe((state, before) => {
      if (state.devices !== before.devices || state.phase !== before.phase) pushViews()
    })
    return () => {
      stopEvents()
      stopData()
      stopSelf()
    }
  }

  const fail = (error: unknown) => store.setState({ problem: failureReason(error) })

  function admit(deviceId: string, participantId: string): void {
    if (heldByOthers(deviceId).has(participantId)) return
    update(deviceId, () => ({ participantId, asked: null }))
    void applyRating(deviceId)
  }

  return {
    store,
    async loadAdapters(): Promise<void> {
      try {
        store.setState({ adapters: await join.adapters(), problem: '' })
      } catch (error) {
        fail(error)
      }
    },
    /** Picks up a session main still runs (this page reloaded): its phones and their inputs. */
    async resume(): Promise<void> {
      const status = await join.status().catch(() => null)
      if (!status?.session) return
      store.setState({ phase: 'on', session: status.session, refused: status.refused })
      for (const { deviceId, connected } of status.devices) {
        device(deviceId)
        update(deviceId, () => ({ connected }))
      }
      for (const { deviceId, input } of status.inputs) onInput(deviceId, input)
    },
    async start(adapterId: string): Promise<void> {
      store.setState({ phase: 'starting', problem: '' })
      try {
        const info = await join.start(adapterId)
        store.setState({ phase: 'on', session: info, devices: [], refused: 0 })
      } catch (error) {
        store.setState({ phase: 'off' })
        fail(error)
      }
    },
    async stop(): Promise<void> {
      try {
        await join.stop()
      } catch (error) {
        fail(error)
      }
      onEvent({ kind: 'stopped' })
    },
    /** The facilitator lets a phone in as someone on the list. */
    admit,
    /** The facilitator lets a phone in under the name it asked for, adding that person. */
    async admitAsked(deviceId: string): Promise<void> {
      const asked = devices().find((d) => d.deviceId === deviceId)?.asked
      if (!asked) return
      const name = normaliseName(asked)
      const find = () =>
        data()?.participants.find((p) => p.name.toLocaleLowerCase() === name.toLocaleLowerCase())
      if (!find()) {
        const outcome = await edits.addParticipant(name)
        if (!outcome.ok) return store.setState({ problem: nameMessage(t, outcome.problem, name) })
      }
      const person = find()
      if (person) admit(deviceId, person.id)
    },
    release(deviceId: string): void {
      update(deviceId, () => ({ participantId: null, submitted: null }))
    },
    listen,
  }
}

export type JoinHost = ReturnType<typeof createJoinHost>
