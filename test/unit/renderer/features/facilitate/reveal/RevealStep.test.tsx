import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { RatingValue } from '@shared/domain'
import { RevealStep } from '../../../../../../renderer/src/features/facilitate/reveal/RevealStep'
import { axeViolations, LENS, openRoom, ROOM, type Room } from '../rating/roundFixture'

let room: Room

afterEach(async () => {
  cleanup()
  await room.drop()
})

/** Opens the room with the given ratings (by name) and renders the reveal step. */
async function revealStep(
  ratings: Record<string, RatingValue>,
  options: { anonymous?: boolean; people?: [string, string][] } = {},
) {
  room = await openRoom(options)
  for (const [name, value] of Object.entries(ratings)) {
    const id = room.ids[name]
    if (id) await room.services.edits.rate(id, LENS, 'current', value)
  }
  return room.render(
    <RevealStep lensId={LENS} state="current">
      <p>Cards board</p>
    </RevealStep>,
  )
}

const reveal = () => userEvent.setup().click(screen.getByRole('button', { name: 'Reveal ratings' }))
const table = () => screen.getByRole('table', { name: 'Ratings by level' })
const tableRow = (name: string) =>
  within(table()).getByRole('row', { name: new RegExp(`^${name}`) })
const names = ROOM.map(([name]) => name)

describe('RevealStep before the reveal', () => {
  it('shows only how many rated: no values, no names, no agreed score yet', async () => {
    const { container } = await revealStep({ 'Amara Okafor': 2, 'Jonas Weber': 5 })

    expect(screen.getByText('2 of 3 rated')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Reveal ratings' })).toBeTruthy()
    const text = container.textContent ?? ''
    for (const name of names) expect(text).not.toContain(name)
    for (const label of ['Emerging', 'Leading', 'Unsure', 'Median', 'Range']) {
      expect(text).not.toContain(label)
    }
    expect(screen.queryByRole('table')).toBeNull()
    expect(screen.queryByRole('radiogroup')).toBeNull()
    expect(container.querySelector('[aria-pressed], [data-value]')).toBeNull()
    expect(screen.getByText('Cards board')).toBeTruthy()
  })
})

describe('RevealStep after the reveal', () => {
  it('shows who chose which level, the median and the range', async () => {
    await revealStep({ 'Amara Okafor': 3, 'Jonas Weber': 4, 'Li Chen': 'unsure' })
    await reveal()

    expect(within(tableRow('3: Shared priorities')).getByText('Amara Okafor')).toBeTruthy()
    expect(within(tableRow('4: Embedded')).getByText('Jonas Weber')).toBeTruthy()
    expect(within(tableRow('Unsure')).getByText('Li Chen')).toBeTruthy()
    expect(within(tableRow('1: Ad hoc')).getByText('Nobody')).toBeTruthy()
    expect(screen.getByText('Median 3.5')).toBeTruthy()
    expect(screen.getByText('Range 3 to 4')).toBeTruthy()
    expect(screen.getByText('3 of 3 rated')).toBeTruthy()
    // The button that was pressed is gone: focus lands on the results, not on the page.
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 2, name: 'How the room sees today' }),
    )
    await waitFor(async () =>
      expect((await room.db.consensus.toArray()).map((c) => c.revealed)).toEqual([true]),
    )
  })

  it('shows no names at all when the workshop is anonymous', async () => {
    const { container } = await revealStep(
      { 'Amara Okafor': 2, 'Jonas Weber': 2, 'Li Chen': 5 },
      { anonymous: true },
    )
    await reveal()

    const text = container.textContent ?? ''
    for (const name of names) expect(text).not.toContain(name)
    expect(within(tableRow('2: Emerging')).getByRole('cell').textContent).toBe('2')
    expect(within(tableRow('5: Leading')).getByRole('cell').textContent).toBe('1')
    expect(screen.getByText('Median 2')).toBeTruthy()
  })

  it('flags a room that spans two levels or more', async () => {
    await revealStep({ 'Amara Okafor': 2, 'Jonas Weber': 4 })
    await reveal()
    expect(screen.getByRole('note').textContent).toBe(
      'The room disagrees: ratings span 3 levels. Talk about it before agreeing.',
    )
  })

  it('does not flag neighbouring levels', async () => {
    await revealStep({ 'Amara Okafor': 3, 'Jonas Weber': 4, 'Li Chen': 4 })
    await reveal()
    expect(screen.queryByRole('note')).toBeNull()
    expect(screen.getByText('Median 4')).toBeTruthy()
  })

  it('hides the ratings again, so the step can be reopened', async () => {
    const user = userEvent.setup()
    const { container } = await revealStep({ 'Amara Okafor': 1, 'Jonas Weber': 5 })
    await reveal()
    await user.click(screen.getByRole('button', { name: 'Hide ratings again' }))

    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reveal ratings' }))
    expect(container.textContent).not.toContain('Amara Okafor')
    await waitFor(async () =>
      expect((await room.db.consensus.toArray()).map((c) => c.revealed)).toEqual([false]),
    )
  })

  it('has no accessibility violations', async () => {
    const { container } = await revealStep({ 'Amara Okafor': 1, 'Jonas Weber': 4 })
    expect(await axeViolations(container)).toEqual([])
    await reveal()
    expect(await axeViolations(container)).toEqual([])
  })
})

describe('the agreed score', () => {
  it('can be agreed and cleared after the reveal, saved at once', async () => {
    const user = userEvent.setup()
    await revealStep({ 'Amara Okafor': 2, 'Jonas Weber': 4 })
    await reveal()
    const group = screen.getByRole('radiogroup', { name: 'Agreed current score' })
    const levels = within(group).getAllByRole('radio')
    expect(levels.map((r) => r.getAttribute('aria-label'))).toEqual([
      '1: Ad hoc',
      '2: Emerging',
      '3: Shared priorities',
      '4: Embedded',
      '5: Leading',
    ])

    await user.click(within(group).getByRole('radio', { name: '3: Shared priorities' }))
    await waitFor(async () => expect((await room.db.consensus.toArray())[0]?.value).toBe(3))

    await user.click(screen.getByRole('button', { name: 'Clear agreed score' }))
    expect(screen.getByText('Not agreed yet.')).toBeTruthy()
    await waitFor(async () => expect((await room.db.consensus.toArray())[0]?.value).toBeNull())
  })

  it('can be agreed for a lens nobody rated', async () => {
    const user = userEvent.setup()
    await revealStep({}, { people: [] })
    expect(screen.queryByRole('button', { name: 'Reveal ratings' })).toBeNull()
    expect(screen.getByText(/Nobody has rated this yet/)).toBeTruthy()

    await user.click(screen.getByRole('radio', { name: '2: Emerging' }))

    expect((screen.getByRole('radio', { name: '2: Emerging' }) as HTMLInputElement).checked).toBe(
      true,
    )
    await waitFor(async () =>
      expect(await room.db.consensus.toArray()).toMatchObject([
        { lensId: LENS, state: 'current', value: 2 },
      ]),
    )
  })

  it('is undone by undo', async () => {
    const user = userEvent.setup()
    await revealStep({}, { people: [] })
    await user.click(screen.getByRole('radio', { name: '4: Embedded' }))
    await waitFor(async () => expect((await room.db.consensus.toArray())[0]?.value).toBe(4))
    await room.services.edits.undo()
    await waitFor(() =>
      expect((screen.getByRole('radio', { name: '4: Embedded' }) as HTMLInputElement).checked).toBe(
        false,
      ),
    )
    expect((await room.db.consensus.toArray())[0]?.value ?? null).toBeNull()
  })
})
