/**
 * The map editor over real services: the list beside the canvas, the forms with the store's
 * refusals next to their fields, removing with Undo, and starting the target from today.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { emptyTeamDraft, type MapSide } from '@shared/domain'
import { MapEditor } from '../../../../../renderer/src/features/teammap/editor/MapEditor'
import { useSession } from '../../../../../renderer/src/store/context'
import { axeViolations } from '../../axe'
import { renderWithServices } from '../../render'
import { workshopFixture } from '../../workshopFixture'
import { installFlowStubs } from './flowStubs'

installFlowStubs()
const room = workshopFixture()

beforeEach(async () => {
  await room.services.workshop.actions.open(room.workshop.id)
})

function Editor({ side }: { side: MapSide }) {
  const data = useSession((s) => s.data)
  return data ? <MapEditor side={side} data={data} /> : null
}

const show = (side: MapSide = 'today') => renderWithServices(<Editor side={side} />, room.services)
const list = () => screen.getByRole('region', { name: 'The map as a list' })
const dialog = () => screen.getByRole('dialog')
const field = (name: string) => within(dialog()).getByLabelText(name) as HTMLInputElement
const notice = () => document.querySelector('.map-notice-region') as HTMLElement
const section = (name: RegExp) => within(list()).getByRole('region', { name })
const item = (name: string) => {
  const heading = within(list()).getByRole('heading', { level: 4, name })
  return heading.closest('li') as HTMLElement
}
const team = (name: string, extra = {}) =>
  room.services.edits.addTeam('today', { ...emptyTeamDraft(), name, ...extra })

describe('MapEditor', () => {
  it('adds a team through its form, with each refusal next to its field', async () => {
    const user = userEvent.setup()
    show()
    expect(within(section(/^Teams/)).getByText('No teams yet.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Add team' }))
    expect(dialog().textContent).toMatch(/^Add a team/)
    await user.click(within(dialog()).getByRole('button', { name: 'Add' }))
    await waitFor(() => expect(document.activeElement).toBe(field('Name')))
    expect(field('Name').getAttribute('aria-invalid')).toBe('true')
    expect(within(dialog()).getByRole('alert').textContent).toBe('Give it a name.')

    await user.type(field('Name'), 'Payments')
    await user.selectOptions(field('Type'), 'Platform')
    await user.selectOptions(field('Funding model'), 'Mixed')
    await user.type(field('Size'), 'seven')
    await user.type(field('Scope'), 'Card and invoice payments')
    await user.click(within(dialog()).getByRole('checkbox', { name: 'Lens discovery' }))
    await user.click(within(dialog()).getByRole('button', { name: 'Add' }))
    await waitFor(() => expect(document.activeElement).toBe(field('Size')))
    expect(within(dialog()).getByRole('alert').textContent).toBe(
      'Enter a whole number from 1 to 500, or leave it empty.',
    )
    await user.clear(field('Size'))
    await user.type(field('Size'), '7{Enter}')

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(notice().textContent).toMatch(/^Team added: Payments\./)
    const facts = [...item('Payments').querySelectorAll('dl > div')].map((d) => d.textContent)
    expect(facts).toEqual([
      'TypePlatform',
      'ScopeCard and invoice payments',
      'Size7 people',
      'FundingMixed',
      'LensesLens discovery',
    ])
  })

  it('refuses a second team of the same name', async () => {
    await team('Checkout')
    const user = userEvent.setup()
    show()
    await user.click(screen.getByRole('button', { name: 'Add team' }))
    await user.type(field('Name'), ' checkout {Enter}')
    await waitFor(() =>
      expect(within(dialog()).getByRole('alert').textContent).toBe(
        'Another team on this map already has this name.',
      ),
    )
  })

  it('edits a team from the list and gives the focus back to its Edit button', async () => {
    await team('Checkout')
    const user = userEvent.setup()
    show()
    const edit = within(item('Checkout')).getByRole('button', { name: 'Edit Checkout' })
    await user.click(edit)
    expect(dialog().textContent).toMatch(/^Edit Checkout/)
    await user.selectOptions(field('Funding model'), 'Project')
    await user.click(within(dialog()).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expect(document.activeElement).toBe(edit))
    expect(item('Checkout').textContent).toContain('FundingProject')
    expect(notice().textContent).toMatch(/^Saved Checkout\./)
  })

  it('adds an interaction in a chosen mode, and refuses one from a team to itself', async () => {
    await team('Checkout')
    await team('Payments', { type: 'platform' })
    const user = userEvent.setup()
    show()
    await user.click(screen.getByRole('button', { name: 'Add interaction' }))
    await user.selectOptions(field('From'), 'Checkout')
    await user.selectOptions(field('To'), 'Checkout')
    await user.click(within(dialog()).getByRole('button', { name: 'Add' }))
    await waitFor(() =>
      expect(within(dialog()).getByRole('alert').textContent).toBe('Choose two different teams.'),
    )
    await user.selectOptions(field('To'), 'Payments')
    await user.selectOptions(field('Mode'), 'X-as-a-service')
    await user.type(field('Purpose'), 'Take card payments{Enter}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(notice().textContent).toMatch(
      /^Interaction added: Checkout → Payments, X-as-a-service\./,
    )
    expect(item('Checkout → Payments, X-as-a-service').textContent).toContain(
      'PurposeTake card payments',
    )
  })

  it('removes a team with its lines, and Undo brings both back', async () => {
    await team('Checkout')
    await team('Payments')
    const data = room.services.workshop.store.getState().data
    const [a, b] = data?.mapElements.map((e) => e.key) ?? []
    await room.services.edits.addInteraction('today', {
      from: a ?? '',
      to: b ?? '',
      mode: 'collaboration',
      purpose: '',
    })
    const user = userEvent.setup()
    show()
    await user.click(within(item('Payments')).getByRole('button', { name: 'Remove Payments' }))
    await waitFor(() =>
      expect(notice().textContent).toMatch(/^Removed the team Payments and its 1 interaction\./),
    )
    expect(within(list()).queryByRole('heading', { level: 4, name: 'Payments' })).toBeNull()
    expect(within(section(/^Interactions/)).getByText('No interactions yet.')).toBeTruthy()
    const undo = within(notice()).getByRole('button', { name: 'Undo' })
    await waitFor(() => expect(document.activeElement).toBe(undo))
    await user.click(undo)
    await waitFor(() => expect(item('Payments')).toBeTruthy())
    expect(item('Checkout → Payments, Collaboration')).toBeTruthy()
    await waitFor(() => expect(notice().textContent).toMatch(/^Undone\./))
  })

  it('adds a ritual with the teams that attend, and an artifact with its owner', async () => {
    await team('Checkout')
    await team('Payments')
    const user = userEvent.setup()
    show()
    await user.click(within(list()).getByRole('button', { name: 'Add ritual' }))
    await user.type(field('Cadence'), 'Every two weeks')
    await user.click(within(dialog()).getByRole('checkbox', { name: 'Payments' }))
    await user.click(within(dialog()).getByRole('button', { name: 'Add' }))
    await waitFor(() => expect(field('Name').getAttribute('aria-invalid')).toBe('true'))
    await user.type(field('Name'), 'Sprint review{Enter}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(item('Sprint review').textContent).toContain('Who attendsPayments')

    await user.click(within(list()).getByRole('button', { name: 'Add artifact' }))
    await user.type(field('Name'), 'Payments roadmap')
    await user.selectOptions(field('Kind'), 'Roadmap')
    await user.selectOptions(field('Owner team'), 'Payments')
    await user.click(within(dialog()).getByRole('button', { name: 'Add' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(item('Payments roadmap').textContent).toContain('KindRoadmap')
    expect(item('Payments roadmap').textContent).toContain('OwnerPayments')
  })

  it('offers to start an empty target from today, and copies it', async () => {
    await team('Checkout')
    const user = userEvent.setup()
    const { container } = show('target')
    expect(screen.getByRole('heading', { name: 'No target map yet' })).toBeTruthy()
    expect(await axeViolations(container)).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Start the target from today' }))
    await waitFor(() => expect(item('Checkout')).toBeTruthy())
    // The copy lands in the list a render before its notice is written.
    await waitFor(() =>
      expect(notice().textContent).toMatch(/^The target now starts from today’s map\./),
    )
    expect(screen.queryByRole('heading', { name: 'No target map yet' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Replace the target with today' })).toBeTruthy()
  })
})
