/**
 * Quit safely, the page's half: when main says the app is about to quit, the text still waiting
 * on its autosave timer is written, then a last backup holding it, and only then does the page
 * give main its word.
 */
import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { AppShell } from '../../../../../renderer/src/features/app/AppShell'
import { useWorkshopEdits } from '../../../../../renderer/src/store/context'
import { useAutosave } from '../../../../../renderer/src/ui/useAutosave'
import { installDesktop } from '../../fakeDesktop'
import { refuseWrites } from '../../helpers'
import { renderWithServices } from '../../render'
import { workshopFixture } from '../../workshopFixture'

const room = workshopFixture()
const host = installDesktop()

/** A field that saves as the app's text fields do: 300 ms after the typing stops. */
function NewParticipantField() {
  const edits = useWorkshopEdits()
  const { schedule } = useAutosave((name: string) => void edits.addParticipant(name))
  return <input aria-label="New participant" onChange={(e) => schedule(e.target.value)} />
}

const storedNames = async () =>
  (await room.db.participants.where({ workshopId: room.workshop.id }).toArray()).map((p) => p.name)

describe('preparing to quit', () => {
  it('writes the typing still on its timer, then a last backup holding it, then says ready', async () => {
    await room.services.workshop.actions.open(room.workshop.id)
    renderWithServices(
      <AppShell>
        <NewParticipantField />
      </AppShell>,
      room.services,
      `/workshops/${room.workshop.id}`,
    )
    const user = userEvent.setup()
    await user.type(screen.getByRole('textbox', { name: 'New participant' }), 'Amara Okafor')
    // Quit within the autosave's 300 ms: nothing is on disk yet.
    expect(await storedNames()).toEqual([])
    expect(host.backups.written).toHaveLength(0)

    await act(() => host.desktop.quit())

    expect(await storedNames()).toEqual(['Amara Okafor'])
    expect(host.backups.written).toHaveLength(1)
    expect(host.backups.written[0]!.contents).toContain('Amara Okafor')
  })

  it('writes no backup when nothing changed since the last one', async () => {
    await room.services.workshop.actions.open(room.workshop.id)
    renderWithServices(<AppShell>{null}</AppShell>, room.services, '/')
    await act(() => host.desktop.quit())
    expect(host.backups.written).toHaveLength(0)
  })

  it('does not wait for a full disk, and backs up the edits it refused from the screen', async () => {
    const { services } = room
    await services.workshop.actions.open(room.workshop.id)
    renderWithServices(<AppShell>{null}</AppShell>, services, `/workshops/${room.workshop.id}`)
    refuseWrites(services)
    await act(() => services.edits.addParticipant('Jonas Weber'))
    expect(await storedNames()).toEqual([])

    await act(() => host.desktop.quit())

    expect(host.backups.written).toHaveLength(1)
    expect(host.backups.written[0]!.contents).toContain('Jonas Weber')
  })
})
