import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LensId, MaturityLevel, RatingState, Workshop } from '@shared/domain'
import { serializeSession } from '@shared/schema/sessionFile'
import type { VantageDatabase } from '../../../../../../renderer/src/db'
import { OverTimeView } from '../../../../../../renderer/src/features/compare/overTime/OverTimeView'
import { platform } from '../../../../../../renderer/src/platform'
import type { AppServices } from '../../../../../../renderer/src/store/appServices'
import { useSession } from '../../../../../../renderer/src/store/context'
import { details, dropDatabase, freshDatabase, testRecords, testTemplate } from '../../../helpers'
import { createAppServices, renderWithServices } from '../../../render'

let db: VantageDatabase
let services: AppServices
let spring: Workshop
let autumn: Workshop

/** Agrees scores in the workshop open in `services` right now. */
async function agree(scores: [LensId, RatingState, MaturityLevel][]) {
  for (const [lensId, state, value] of scores)
    await services.edits.setConsensus(lensId, state, value)
}

beforeEach(async () => {
  db = freshDatabase()
  services = createAppServices(db, { records: testRecords(), template: testTemplate() })
  const workshops = services.repositories.workshops
  autumn = await workshops.create(
    details({ title: 'Autumn offsite', date: '2024-10-01' }),
    testTemplate(),
  )
  spring = await workshops.create(
    details({ title: 'Spring offsite', date: '2025-03-14' }),
    testTemplate(),
  )
  await services.workshop.actions.open(autumn.id)
  await agree([
    ['strategy', 'current', 1],
    ['strategy', 'target', 4],
    ['discovery', 'current', 3],
  ])
  await services.workshop.actions.open(spring.id)
  await agree([
    ['strategy', 'current', 2],
    ['strategy', 'target', 4],
    ['discovery', 'current', 2],
    ['delivery', 'current', 3],
  ])
})

afterEach(async () => {
  cleanup()
  vi.restoreAllMocks()
  await dropDatabase(db)
})

function View() {
  const data = useSession((s) => s.data)
  return data ? <OverTimeView data={data} /> : null
}

const storedEarlier = async () => (await db.workshops.get(spring.id))?.earlier
const deltaRow = (lens: string) =>
  within(screen.getByRole('table', { name: /then and now/ })).getByRole('row', {
    name: new RegExp(`^${lens}`),
  })
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent)

describe('OverTimeView', () => {
  it('compares with a workshop from the list: what moved, per lens, saved with the workshop', async () => {
    const user = userEvent.setup()
    renderWithServices(<View />, services)
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Earlier workshop' }),
      screen.getByRole('option', { name: /Autumn offsite/ }),
    )
    await user.click(screen.getByRole('button', { name: 'Compare' }))

    expect(await screen.findByText('Compared with “Autumn offsite”')).toBeDefined()
    expect(cells(deltaRow('Lens strategy'))).toEqual([
      '1',
      '2',
      'Up 1 level',
      '4',
      '4',
      'No change',
    ])
    expect(cells(deltaRow('Lens discovery'))).toEqual([
      '3',
      '2',
      'Down 1 level',
      'Not agreed',
      'Not agreed',
      'Not comparable',
    ])
    const moved = screen.getByRole('region', { name: 'What moved' })
    expect(moved.textContent).toMatch('Moved upLens strategy')
    expect(moved.textContent).toMatch('Moved downLens discovery')
    expect(moved.textContent).toMatch('Cannot tell: not agreed in both workshopsLens delivery')
    expect(
      screen.getByRole('img', { name: 'This workshop and “Autumn offsite” overlaid' }),
    ).toBeDefined()
    expect(await storedEarlier()).toMatchObject({ workshopId: autumn.id, title: 'Autumn offsite' })
  })

  it('matches lenses by id across templates and names the lenses only one workshop has', async () => {
    const workshops = services.repositories.workshops
    const sixLens = await workshops.create(
      details({ title: 'Six-lens baseline' }),
      testTemplate(['strategy', 'discovery', 'delivery', 'culture']),
    )
    const fourLens = await workshops.create(
      details({ title: 'Four-lens follow-up' }),
      testTemplate(['strategy', 'discovery', 'funding']),
    )
    await services.workshop.actions.open(sixLens.id)
    await agree([
      ['strategy', 'current', 1],
      ['culture', 'current', 2],
    ])
    await services.workshop.actions.open(fourLens.id)
    await agree([
      ['strategy', 'current', 3],
      ['funding', 'current', 2],
    ])
    const user = userEvent.setup()
    renderWithServices(<View />, services)
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Earlier workshop' }),
      screen.getByRole('option', { name: /Six-lens baseline/ }),
    )
    await user.click(screen.getByRole('button', { name: 'Compare' }))

    expect(await screen.findByText('Compared with “Six-lens baseline”')).toBeDefined()
    expect(cells(deltaRow('Lens strategy'))).toEqual([
      '1',
      '3',
      'Up 2 levels',
      'Not agreed',
      'Not agreed',
      'Not comparable',
    ])
    expect(cells(deltaRow('Lens funding'))).toEqual([
      'Not in “Six-lens baseline”',
      '2',
      'Not comparable',
      'Not in “Six-lens baseline”',
      'Not agreed',
      'Not comparable',
    ])
    expect(cells(deltaRow('Lens culture'))[1]).toBe('Not in this workshop')
    const moved = screen.getByRole('region', { name: 'What moved' })
    expect(moved.textContent).toMatch('Only in “Six-lens baseline”Lens delivery, Lens culture')
    expect(moved.textContent).toMatch('Only in this workshopLens funding')
    // A lens only one workshop has is not among those that "cannot tell".
    expect(moved.textContent).not.toMatch(/Cannot tell[^O]*Lens funding/)
  })

  it('compares with a session file without adding it to the workshops', async () => {
    const snapshot = await services.repositories.snapshots.readSnapshot(autumn.id)
    const file = serializeSession(
      {
        ...snapshot,
        workshop: { ...snapshot.workshop, id: 'elsewhere', title: 'Offsite in Lyon' },
      },
      new Date(),
    )
    vi.spyOn(platform, 'openSessionFile').mockResolvedValue({
      opened: true,
      fileName: 'lyon.vantage',
      contents: file.replaceAll(autumn.id, 'elsewhere'),
    })
    const user = userEvent.setup()
    renderWithServices(<View />, services)
    await user.click(await screen.findByRole('button', { name: 'Open a session file…' }))

    expect(await screen.findByText('Compared with “Offsite in Lyon”')).toBeDefined()
    expect(screen.getByText(/from a session file/)).toBeDefined()
    expect(await storedEarlier()).toMatchObject({ workshopId: null, title: 'Offsite in Lyon' })
    expect(await db.workshops.count()).toBe(2)
  })

  it('refuses a file that is not a session file, or this very workshop, and changes nothing', async () => {
    const open = vi.spyOn(platform, 'openSessionFile')
    open.mockResolvedValueOnce({
      opened: true,
      fileName: 'scores.csv',
      contents: 'Lens,Score\nA,3',
    })
    const user = userEvent.setup()
    renderWithServices(<View />, services)
    await user.click(await screen.findByRole('button', { name: 'Open a session file…' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^“scores\.csv” cannot be used: .+ Nothing has been changed\.$/,
    )

    const itself = serializeSession(
      await services.repositories.snapshots.readSnapshot(spring.id),
      new Date(),
    )
    open.mockResolvedValueOnce({ opened: true, fileName: 'spring.vantage', contents: itself })
    await user.click(screen.getByRole('button', { name: 'Open a session file…' }))
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch('That is this workshop itself.'),
    )
    expect(await storedEarlier()).toBeNull()
  })

  it('says nothing when the file dialog is cancelled', async () => {
    vi.spyOn(platform, 'openSessionFile').mockResolvedValue({ opened: false })
    const user = userEvent.setup()
    renderWithServices(<View />, services)
    await user.click(await screen.findByRole('button', { name: 'Open a session file…' }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(await storedEarlier()).toBeNull()
  })

  it('stops comparing, and undo brings the comparison back', async () => {
    const user = userEvent.setup()
    renderWithServices(<View />, services)
    await user.click(await screen.findByRole('button', { name: 'Compare' }))
    await user.click(await screen.findByRole('button', { name: 'Stop comparing' }))
    expect(await screen.findByRole('combobox', { name: 'Earlier workshop' })).toBeDefined()
    expect(await storedEarlier()).toBeNull()

    await services.edits.undo()
    expect(await screen.findByText('Compared with “Autumn offsite”')).toBeDefined()
    await waitFor(async () => expect(await storedEarlier()).not.toBeNull())
  })
})
