/**
 * The phone page over a stand-in connection: it shows what the view holds and nothing else,
 * writes only its own input, and says "sent" only once the laptop has echoed the rating back.
 */
import { act, cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { DeviceView, PhoneInput } from '@shared/join/protocol'
import { App } from '../../../../renderer/phone/src/App'
import type { Connection, PhoneState } from '../../../../renderer/phone/src/connection'
import { axeViolations } from '../axe'

const SCALE = [1, 2, 3, 4, 5].map((level) => ({
  level: level as 1 | 2 | 3 | 4 | 5,
  label: `Label ${level}`,
  description: `Description ${level}`,
}))

const WAITING: DeviceView = {
  workshopTitle: 'Spring offsite',
  deviceLabel: 'K7Q2',
  anonymous: false,
  me: null,
  people: [
    { participantId: 'p1', name: 'Amara' },
    { participantId: 'p2', name: 'Ben' },
  ],
  asked: null,
  step: { kind: 'waiting', at: 'introduce' },
  sent: null,
  withdrawn: false,
}

const RATING: DeviceView = {
  ...WAITING,
  me: { participantId: 'p1', name: 'Amara' },
  people: [],
  step: {
    kind: 'rate',
    state: 'current',
    lens: {
      lensId: 'alignment',
      title: 'Alignment',
      coreQuestion: 'Do we know what matters?',
      number: 1,
      count: 6,
      scale: SCALE,
    },
  },
}

/** A connection whose view the test sets, recording what the page writes. */
function fakeConnection(view: DeviceView) {
  let state: PhoneState = { status: 'online', view, input: {} }
  const listeners = new Set<() => void>()
  const set = (patch: Partial<PhoneState>) => {
    state = { ...state, ...patch }
    listeners.forEach((listener) => listener())
  }
  const connection: Connection = {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    write: (input: PhoneInput) => set({ input: { ...state.input, ...input } }),
  }
  return { connection, set, state: () => state }
}

afterEach(cleanup)

describe('the phone page', () => {
  it('offers the names to pick from and writes the claim', async () => {
    const phone = fakeConnection(WAITING)
    const { container } = render(<App connection={phone.connection} />)
    expect(screen.getByRole('heading', { name: 'Who are you?' })).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Ben' }))
    expect(phone.state().input).toEqual({ claim: 'p2', ask: null })
    expect(await axeViolations(container)).toEqual([])
  })

  it('asks to be let in under a name that is not listed', async () => {
    const phone = fakeConnection(WAITING)
    render(<App connection={phone.connection} />)
    await userEvent.click(screen.getByRole('button', { name: 'My name is not on the list' }))
    await userEvent.type(screen.getByLabelText('Your name'), '  Chen   Li ')
    await userEvent.click(screen.getByRole('button', { name: 'Ask to join' }))
    expect(phone.state().input).toEqual({ ask: 'Chen Li', claim: null })
  })

  it('shows no names in an anonymous workshop, only its own label', () => {
    const phone = fakeConnection({ ...WAITING, anonymous: true, people: [] })
    render(<App connection={phone.connection} />)
    expect(screen.queryByRole('button', { name: 'Amara' })).toBeNull()
    expect(screen.getByText('K7Q2')).toBeTruthy()
  })

  it('rates with the scale, sends, and says sent only once the laptop echoes it', async () => {
    const phone = fakeConnection(RATING)
    const { container } = render(<App connection={phone.connection} />)
    expect(screen.getByRole('heading', { name: 'Where are we today?' })).toBeTruthy()
    expect(screen.getByText('Description 4')).toBeTruthy()
    await userEvent.click(screen.getByRole('radio', { name: /4 · Label 4/ }))
    await userEvent.type(screen.getByLabelText('Note (optional)'), 'We guess a lot')
    await userEvent.click(screen.getByRole('button', { name: 'Send my rating' }))
    expect(phone.state().input.rating).toEqual({
      lensId: 'alignment',
      state: 'current',
      value: 4,
      note: 'We guess a lot',
      seq: 1,
    })
    expect(screen.getByText('Sending…')).toBeTruthy()
    act(() => phone.set({ view: { ...RATING, sent: { value: 4, noted: true } } }))
    expect(screen.getByText(/^Sent\./)).toBeTruthy()
    // Undone on the laptop: the phone says so, and Send records it again as a new press.
    act(() => phone.set({ view: { ...RATING, sent: null, withdrawn: true } }))
    expect(screen.getByText(/^The facilitator changed or took back/)).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Send my rating' }))
    expect(phone.state().input.rating?.seq).toBe(2)
    expect(await axeViolations(container)).toEqual([])
  })

  it('follows the facilitator: the rating closes when the step moves on', () => {
    const phone = fakeConnection(RATING)
    render(<App connection={phone.connection} />)
    act(() => phone.set({ view: { ...RATING, step: { kind: 'waiting', at: 'reveal-current' } } }))
    expect(screen.queryByRole('radio')).toBeNull()
    expect(screen.getByText(/Nothing to rate yet/)).toBeTruthy()
  })
})
