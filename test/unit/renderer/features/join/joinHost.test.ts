/**
 * The join host over a real session (fake IndexedDB) and a stand-in join server: phone inputs
 * become ordinary undoable edits only from a seated phone and only for the rating step open now;
 * every phone's view follows the workshop; an anonymous workshop seats phones only through the
 * facilitator and shows them no name.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ratingId } from '@shared/domain'
import type { DeviceView, JoinEvent, PhoneInput } from '@shared/join'
import { createJoinHost, type JoinHost } from '../../../../../renderer/src/features/join/joinHost'
import type { PlatformJoin } from '../../../../../renderer/src/platform/types'
import { workshopFixture } from '../../workshopFixture'

const fixture = workshopFixture()
const SESSION = { adapterId: 'lo|127.0.0.1', url: 'http://127.0.0.1:4000/ABCDEF/', code: 'ABCDEF' }

function fakeJoin() {
  const listeners = new Set<(event: JoinEvent) => void>()
  const views = new Map<string, DeviceView>()
  const join: PlatformJoin = {
    adapters: async () => [
      { id: SESSION.adapterId, name: 'lo', address: '127.0.0.1', kind: 'loopback' },
    ],
    start: async () => SESSION,
    stop: async () => {},
    status: async () => ({ session: null, devices: [], inputs: [], refused: 0 }),
    setViews: async (list) => {
      for (const { deviceId, view } of list) views.set(deviceId, view)
    },
    onEvent: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
  const fire = (event: JoinEvent) => listeners.forEach((listener) => listener(event))
  return { join, views, fire }
}

let room: ReturnType<typeof fakeJoin>
let host: JoinHost
let stopListening: () => void

const data = () => fixture.services.workshop.store.getState().data!
const edits = () => fixture.services.edits
const person = (name: string) => data().participants.find((p) => p.name === name)!
const stored = (name: string, lensId = 'strategy', state: 'current' | 'target' = 'current') =>
  data().ratings.find((r) => r.id === ratingId(person(name).id, lensId, state))

function phone(deviceId: string, input: PhoneInput) {
  room.fire({ kind: 'device', device: { deviceId, connected: true } })
  room.fire({ kind: 'input', deviceId, input })
}
const rating = (value: 1 | 2 | 3 | 4 | 5 | 'unsure', note = '', seq = 1) => ({
  lensId: 'strategy',
  state: 'current' as const,
  value,
  note,
  seq,
})

beforeEach(async () => {
  await fixture.services.workshop.actions.open(fixture.workshop.id)
  for (const name of ['Amara', 'Ben', 'Chen'])
    expect((await edits().addParticipant(name)).ok).toBe(true)
  room = fakeJoin()
  host = createJoinHost({
    join: room.join,
    session: fixture.services.workshop.store,
    edits: edits(),
  })
  stopListening = host.listen()
  await host.start(SESSION.adapterId)
})
afterEach(() => stopListening())

describe('the join host', () => {
  it('stores a seated phone’s rating and note as one undoable edit, and echoes it as sent', async () => {
    await edits().goTo({ lensId: 'strategy', step: 'rate-current' })
    phone('AAAA', { claim: person('Amara').id, rating: rating(4, 'We guess') })
    await vi.waitFor(() => expect(stored('Amara')).toMatchObject({ value: 4, note: 'We guess' }))
    await vi.waitFor(() => expect(room.views.get('AAAA')?.sent).toEqual({ value: 4, noted: true }))
    expect(room.views.get('AAAA')?.me).toEqual({ participantId: person('Amara').id, name: 'Amara' })

    await edits().undo()
    expect(stored('Amara')).toBeUndefined()
    await vi.waitFor(() => expect(room.views.get('AAAA')?.sent).toBeNull())
    // The same input heard again (a reconnect) does not undo the undo.
    phone('AAAA', { claim: person('Amara').id, rating: rating(4, 'We guess') })
    expect(stored('Amara')).toBeUndefined()
    await vi.waitFor(() => expect(room.views.get('AAAA')?.withdrawn).toBe(true))
    // Sent again on purpose (Send pressed once more): a new edit.
    phone('AAAA', { claim: person('Amara').id, rating: rating(4, 'We guess', 2) })
    await vi.waitFor(() => expect(stored('Amara')?.value).toBe(4))
    expect(room.views.get('AAAA')?.withdrawn).toBe(false)
  })

  it('takes no rating for a step that is not open, nor from a phone without a seat', async () => {
    await edits().goTo({ lensId: 'strategy', step: 'introduce' })
    phone('AAAA', { claim: person('Amara').id, rating: rating(3) })
    phone('BBBB', { rating: rating(5) })
    await edits().goTo({ lensId: 'discovery', step: 'rate-current' })
    expect(data().ratings).toEqual([])
    expect(room.views.get('BBBB')?.me).toBeNull()
    // Back on the step it was for, the phone's waiting rating lands: nothing it sent is lost.
    await edits().goTo({ lensId: 'strategy', step: 'rate-current' })
    await vi.waitFor(() => expect(stored('Amara')?.value).toBe(3))
    expect(data().ratings).toHaveLength(1)
  })

  it('gives a seat to one phone only, and offers it to no other', async () => {
    await edits().goTo({ lensId: 'strategy', step: 'rate-current' })
    phone('AAAA', { claim: person('Amara').id })
    phone('BBBB', { claim: person('Amara').id, rating: rating(1) })
    await vi.waitFor(() =>
      expect(room.views.get('BBBB')?.people.map((p) => p.name)).toEqual(['Ben', 'Chen']),
    )
    expect(room.views.get('BBBB')?.me).toBeNull()
    expect(stored('Amara')).toBeUndefined()
  })

  it('lets a phone in under the name it asked for, adding the person', async () => {
    phone('CCCC', { ask: 'Dana Scully' })
    await vi.waitFor(() => expect(room.views.get('CCCC')?.asked).toBe('Dana Scully'))
    await host.admitAsked('CCCC')
    expect(person('Dana Scully')).toBeDefined()
    await vi.waitFor(() => expect(room.views.get('CCCC')?.me?.name).toBe('Dana Scully'))
  })

  it('in an anonymous workshop seats phones only through the facilitator, and names no one', async () => {
    await edits().updateWorkshop({ anonymous: true })
    await edits().goTo({ lensId: 'strategy', step: 'rate-current' })
    phone('DDDD', { claim: person('Ben').id, rating: rating('unsure') })
    await vi.waitFor(() => expect(room.views.get('DDDD')).toBeDefined())
    expect(room.views.get('DDDD')?.me).toBeNull()
    expect(data().ratings).toEqual([])
    host.admit('DDDD', person('Ben').id)
    await vi.waitFor(() => expect(stored('Ben')?.value).toBe('unsure'))
    const json = JSON.stringify(room.views.get('DDDD'))
    for (const name of ['Amara', 'Ben', 'Chen']) expect(json).not.toContain(name)
  })

  it('forgets its phones when joining stops', async () => {
    phone('AAAA', {})
    expect(host.store.getState().devices).toHaveLength(1)
    room.fire({ kind: 'refused', count: 3 })
    expect(host.store.getState().refused).toBe(3)
    room.fire({ kind: 'stopped' })
    expect(host.store.getState()).toMatchObject({ phase: 'off', devices: [], refused: 0 })
  })
})
