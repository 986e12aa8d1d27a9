/**
 * The disk refuses the room's edits: the facilitator reads it in plain words, keeps seeing the
 * edit, can save a session file that holds it, and sees the notice go once the disk takes it.
 */
import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { parseSessionFile } from '@shared/schema/sessionFile'
import { AppShell } from '../../../../../renderer/src/features/app/AppShell'
import { platform } from '../../../../../renderer/src/platform'
import { refuseWrites } from '../../helpers'
import { renderWithServices } from '../../render'
import { workshopFixture } from '../../workshopFixture'

const room = workshopFixture()

async function rateWhileTheDiskIsFull() {
  const { services } = room
  await services.workshop.actions.open(room.workshop.id)
  await services.edits.addParticipant('Amara Okafor')
  const [amara] = services.workshop.store.getState().data!.participants
  renderWithServices(<AppShell>{null}</AppShell>, services, `/workshops/${room.workshop.id}`)
  const disk = refuseWrites(services)
  await act(() => services.edits.rate(amara!.id, 'strategy', 'current', 4))
  return disk
}

describe('when the disk refuses the edits', () => {
  it('says so in plain words, beside a save indicator that is no longer calm', async () => {
    await rateWhileTheDiskIsFull()
    expect(
      screen.getByRole('heading', {
        name: 'The disk is full: your latest changes are not saved yet',
      }),
    ).toBeTruthy()
    expect(screen.getByRole('alert').textContent).toContain('They stay on screen')
    expect(screen.getByText('Not saved yet: trying again')).toBeTruthy()
  })

  it('saves a session file that holds the edit the disk has not taken', async () => {
    await rateWhileTheDiskIsFull()
    const save = vi
      .spyOn(platform, 'saveSessionFile')
      .mockResolvedValue({ saved: true, fileName: 'Leadership offsite.vantage' })
    await userEvent.click(screen.getByRole('button', { name: 'Save a session file now' }))

    expect(save).toHaveBeenCalledTimes(1)
    const parsed = parseSessionFile(save.mock.calls[0]![1])
    if (!parsed.ok) throw new Error(parsed.error.detail)
    expect(parsed.snapshot.ratings.map((r) => r.value)).toEqual([4])
    expect(await screen.findByText(/Saved “Leadership offsite\.vantage”/)).toBeTruthy()
  })

  it('goes once the disk takes the edits, which are then on disk', async () => {
    const disk = await rateWhileTheDiskIsFull()
    disk.refusing = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again now' }))
    expect(await screen.findByText('All changes saved')).toBeTruthy()
    expect(screen.queryByRole('heading', { name: /not saved yet/ })).toBeNull()
    expect((await room.db.ratings.toArray()).map((r) => r.value)).toEqual([4])
  })
})
