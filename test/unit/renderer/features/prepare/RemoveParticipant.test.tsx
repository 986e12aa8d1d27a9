import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { openWorkshop, renderPrepare, type Harness } from './harness'

let harness: Harness

afterEach(async () => {
  await harness.dispose()
})

const region = () => screen.getByRole('region', { name: 'Participants' })
const list = () => within(region()).getByRole('list', { name: 'Participants in order' })

const ratingsOf = async (participantId: string) =>
  (await harness.db.ratings.toArray()).filter((r) => r.participantId === participantId)

async function withRatings(): Promise<string> {
  harness = await openWorkshop([['Amara Okafor'], ['Ben Li']])
  const amara = harness.services.workshop.store
    .getState()
    .data?.participants.find((p) => p.name === 'Amara Okafor')
  if (!amara) throw new Error('no participant')
  await harness.services.edits.rate(amara.id, 'strategy', 'current', 2)
  await harness.services.edits.rate(amara.id, 'strategy', 'target', 4)
  await harness.services.edits.rate(amara.id, 'discovery', 'current', 3)
  return amara.id
}

describe('removing participants', () => {
  it('asks first when the person has ratings, and undo brings back the person and the ratings', async () => {
    const amaraId = await withRatings()
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.click(within(list()).getByRole('button', { name: 'Remove Amara Okafor' }))
    const dialog = screen.getByRole('alertdialog', { name: 'Remove Amara Okafor?' })
    expect(dialog.textContent).toContain('Their 3 ratings go with them.')
    await user.click(within(dialog).getByRole('button', { name: 'Remove participant' }))

    expect(await within(region()).findByText('Removed Amara Okafor.')).toBeTruthy()
    await waitFor(async () => expect(await harness.storedNames()).toEqual(['Ben Li']))
    expect((await ratingsOf(amaraId)).length).toBe(0)
    expect(within(region()).getByText('1 participant')).toBeTruthy()

    await user.click(within(region()).getByRole('button', { name: 'Undo' }))
    await waitFor(async () =>
      expect(await harness.storedNames()).toEqual(['Amara Okafor', 'Ben Li']),
    )
    const ratings = await ratingsOf(amaraId)
    expect(ratings.map((r) => `${r.lensId}/${r.state}=${r.value}`).sort()).toEqual([
      'discovery/current=3',
      'strategy/current=2',
      'strategy/target=4',
    ])
    expect(within(list()).getByRole('textbox', { name: 'Name of Amara Okafor' })).toBeTruthy()
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(list()).getByRole('button', { name: 'Remove Amara Okafor' }),
      ),
    )
  })

  it('keeps the person when the question is answered with Keep', async () => {
    await withRatings()
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.click(within(list()).getByRole('button', { name: 'Remove Amara Okafor' }))
    await user.click(screen.getByRole('button', { name: 'Keep' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(await harness.storedNames()).toEqual(['Amara Okafor', 'Ben Li'])
  })

  it('removes someone without ratings at once, and offers undo', async () => {
    harness = await openWorkshop([['Amara Okafor'], ['Ben Li']])
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.click(within(list()).getByRole('button', { name: 'Remove Ben Li' }))

    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(await within(region()).findByText('Removed Ben Li.')).toBeTruthy()
    await waitFor(async () => expect(await harness.storedNames()).toEqual(['Amara Okafor']))
    // Focus stays in the list, on the neighbour's Remove, for a run of removals.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(list()).getByRole('button', { name: 'Remove Amara Okafor' }),
      ),
    )
    expect(within(region()).getByRole('button', { name: 'Undo' })).toBeTruthy()
  })

  it('stops offering undo once another edit has been made', async () => {
    harness = await openWorkshop([['Amara Okafor'], ['Ben Li']])
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.click(within(list()).getByRole('button', { name: 'Remove Ben Li' }))
    await within(region()).findByRole('button', { name: 'Undo' })
    await user.type(within(region()).getByRole('textbox', { name: 'Name' }), 'Chloé Martin{Enter}')

    await waitFor(() => expect(within(region()).queryByRole('button', { name: 'Undo' })).toBeNull())
    expect(within(region()).getByText('Removed Ben Li.')).toBeTruthy()
  })
})
