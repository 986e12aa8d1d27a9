/** The review of an earlier workshop's bets: outcomes, learnings saved as typed, progress, undo. */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { EarlierWorkshop } from '@shared/domain'
import { ReviewView } from '../../../../../../renderer/src/features/commit/revisit/ReviewView'
import { useSession } from '../../../../../../renderer/src/store/context'
import { AUTOSAVE_DELAY_MS } from '../../../../../../renderer/src/ui/useAutosave'
import { START_TIME } from '../../../helpers'
import { renderWithServices } from '../../../render'
import { axeViolations, commitFixture } from '../commitFixture'

const room = commitFixture()

const earlier: EarlierWorkshop = {
  workshopId: null,
  title: 'Autumn offsite',
  organisation: 'Acme',
  date: '',
  takenAt: START_TIME,
  lenses: [],
  bets: [
    {
      id: 'e1',
      title: 'Ship weekly',
      hypothesis: 'We believe that small releases build trust',
      owner: 'Amara',
      horizon: 'Next 90 days',
      lens: { id: 'delivery', title: 'Delivery (as it was named then)' },
      review: { outcome: 'done', learning: 'It did' },
    },
    {
      id: 'e2',
      title: 'Fund teams',
      hypothesis: '',
      owner: '',
      horizon: 'This year',
      lens: { id: 'funding', title: 'Funding' },
      review: { outcome: null, learning: '' },
    },
    {
      id: 'e3',
      title: 'One strategy page',
      hypothesis: '',
      owner: 'Ben',
      horizon: '',
      review: { outcome: null, learning: '' },
    },
  ],
}

const openWith = (withEarlier: EarlierWorkshop | null) =>
  room.open({ workshop: { earlier: withEarlier } })

function View() {
  const data = useSession((s) => s.data)
  return data ? <ReviewView data={data} /> : null
}

const storedReviews = async () =>
  (await room.db.workshops.get(room.workshop.id))?.earlier?.bets.map((b) => b.review)
const progress = () => screen.getByRole('status').textContent
const item = (title: string) => {
  const li = screen.getByRole('heading', { level: 3, name: title }).closest('li')
  if (!li) throw new Error(`no bet "${title}"`)
  return li
}

describe('ReviewView', () => {
  it('lists the earlier bets with their review, and counts what is reviewed', async () => {
    await openWith(earlier)
    const { container } = renderWithServices(<View />, room.services)
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Review earlier bets')
    expect(container.textContent).toMatch(/What “Autumn offsite” committed to/)
    expect(screen.getByRole('link', { name: 'Go on to the bets' }).getAttribute('href')).toBe(
      `/workshops/${room.workshop.id}/commit/bets`,
    )
    expect(progress()).toBe('1 of 3 reviewed')
    expect(item('Ship weekly').textContent).toMatch(/small releases build trust/)
    expect(item('Ship weekly').textContent).toMatch(/OwnerAmara.*HorizonNext 90 days/)
    expect(item('Fund teams').textContent).toMatch(/OwnerNot set/)
    // Lenses are matched by id: this workshop's own title, or said plainly to be the earlier's only.
    expect(item('Ship weekly').textContent).toMatch(/LensLens delivery/)
    expect(item('Fund teams').textContent).toMatch(
      /LensFunding \(a lens of the earlier workshop only\)/,
    )
    expect(item('One strategy page').textContent).not.toMatch(/Lens/)

    const done = within(screen.getByRole('group', { name: 'How did it go? Ship weekly' }))
    expect((done.getByRole('radio', { name: 'Done' }) as HTMLInputElement).checked).toBe(true)
    const learning = screen.getByRole('textbox', { name: 'What did we learn? Ship weekly' })
    expect((learning as HTMLTextAreaElement).value).toBe('It did')
    expect(await axeViolations(container)).toEqual([])
  })

  it('saves an outcome at once and a learning as it is typed; undo follows', async () => {
    await openWith(earlier)
    const user = userEvent.setup()
    renderWithServices(<View />, room.services)
    const group = within(screen.getByRole('group', { name: 'How did it go? Fund teams' }))
    await user.click(group.getByRole('radio', { name: 'Still going' }))
    await waitFor(() => expect(progress()).toBe('2 of 3 reviewed'))
    expect((await storedReviews())?.[1]).toEqual({ outcome: 'ongoing', learning: '' })

    const learning = screen.getByRole('textbox', { name: 'What did we learn? Fund teams' })
    await user.type(learning, 'Teams need a budget')
    await waitFor(
      async () =>
        expect((await storedReviews())?.[1]).toEqual({
          outcome: 'ongoing',
          learning: 'Teams need a budget',
        }),
      { timeout: AUTOSAVE_DELAY_MS * 5 },
    )

    // Undo takes back the typing; the field follows once nobody is typing in it.
    await user.click(document.body)
    await room.services.edits.undo()
    await waitFor(() => expect((learning as HTMLTextAreaElement).value).toBe(''))
    expect((await storedReviews())?.[1]).toEqual({ outcome: 'ongoing', learning: '' })
    await room.services.edits.undo()
    await waitFor(() => expect(progress()).toBe('1 of 3 reviewed'))
    expect((group.getByRole('radio', { name: 'Still going' }) as HTMLInputElement).checked).toBe(
      false,
    )
  })

  it('says where earlier bets come from when there are none', async () => {
    await openWith(null)
    const { container } = renderWithServices(<View />, room.services)
    expect(container.querySelector('.commit-empty')?.textContent).toMatch(
      /appear here once this workshop is compared with one in Compare → Over time/,
    )
    expect(
      screen.getByRole('link', { name: 'Open Compare → Over time' }).getAttribute('href'),
    ).toBe(`/workshops/${room.workshop.id}/compare/over-time`)
    expect(screen.queryByRole('status')).toBeNull()
    expect(await axeViolations(container)).toEqual([])
  })
})
