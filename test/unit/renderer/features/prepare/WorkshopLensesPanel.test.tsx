/**
 * Prepare's lenses: the workshop's own copy of its template, reworded in place, a lens added or
 * removed (asking first when the room has worked on it, with Undo), and kept as a template.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../commit/commitFixture'
import { openWorkshop, renderPrepare, type Harness } from './harness'

let harness: Harness

afterEach(async () => {
  vi.restoreAllMocks()
  await harness.dispose()
})

const region = () => screen.getByRole('region', { name: 'Lenses in this workshop' })
const storedTemplate = async () => (await harness.storedWorkshop()).template
const storedLensIds = async () => (await storedTemplate()).lenses.map((lens) => lens.id)

describe('rewording the workshop’s own lenses', () => {
  it('saves a reworded prompt in this workshop only, and undo takes the whole word back', async () => {
    harness = await openWorkshop()
    const libraryBefore = harness.services.repositories.templates.builtIn
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.click(within(region()).getByRole('button', { name: 'Edit Lens strategy' }))
    const prompt = within(region()).getByRole('textbox', { name: 'Prompt 1' })
    await user.clear(prompt)
    await user.type(prompt, 'Where do we say no?')
    await user.tab()

    await waitFor(async () =>
      expect((await storedTemplate()).lenses[0]?.prompts[0]).toBe('Where do we say no?'),
    )
    expect(harness.services.repositories.templates.builtIn).toBe(libraryBefore)
    await harness.services.edits.undo()
    await waitFor(async () =>
      expect((await storedTemplate()).lenses[0]?.prompts[0]).toBe('What works in strategy?'),
    )
  })

  it('refuses an empty title with a sentence, keeps what was typed, and stores nothing', async () => {
    harness = await openWorkshop()
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.click(within(region()).getByRole('button', { name: 'Edit Lens discovery' }))
    const title = within(region()).getByRole('textbox', { name: 'Title' })
    await user.clear(title)

    expect((await within(region()).findByText('Lens 2 needs a title.')).getAttribute('role')).toBe(
      'alert',
    )
    expect(title.getAttribute('aria-invalid')).toBe('true')
    expect((await storedTemplate()).lenses[1]?.title).toBe('Lens discovery')
  })

  it('refuses removing a prompt below what the lens needs, and says so', async () => {
    harness = await openWorkshop()
    const user = userEvent.setup()
    renderPrepare(harness)
    await user.click(within(region()).getByRole('button', { name: 'Edit Lens strategy' }))
    await user.type(
      within(region()).getByRole('textbox', { name: 'New prompt for Lens strategy' }),
      'Who decides?{Enter}',
    )
    await waitFor(async () => expect((await storedTemplate()).lenses[0]?.prompts).toHaveLength(3))

    await user.click(within(region()).getByRole('button', { name: 'Remove prompt 1' }))
    await waitFor(() =>
      expect(within(region()).getByRole('status').textContent).toMatch(
        /Lens 1 \(“Lens strategy”\) has 2 prompts; give it at least 3\./,
      ),
    )
    expect((await storedTemplate()).lenses[0]?.prompts).toHaveLength(3)
  })
})

describe('adding a lens', () => {
  it('adds a written lens at the end of the lenses and of the agenda', async () => {
    harness = await openWorkshop()
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.click(within(region()).getByRole('button', { name: 'Add a lens' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add a lens to this workshop' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Funding')
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Core question' }),
      'How does money follow outcomes?',
    )
    for (const [position, text] of [
      'Who funds teams?',
      'How often?',
      'On what evidence?',
    ].entries())
      await user.type(within(dialog).getByRole('textbox', { name: `Prompt ${position + 1}` }), text)
    await user.click(within(dialog).getByRole('button', { name: 'Add the lens' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(within(region()).getByText('Funding')).toBeTruthy()
    expect(await storedLensIds()).toEqual(['strategy', 'discovery', 'delivery', 'funding'])
    expect((await harness.storedWorkshop()).agenda.map((item) => item.lensId)).toContain('funding')
  })

  it('refuses a lens named like another, says why, and keeps the dialog as typed', async () => {
    harness = await openWorkshop()
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.click(within(region()).getByRole('button', { name: 'Add a lens' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add a lens to this workshop' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'lens STRATEGY')
    await user.type(within(dialog).getByRole('textbox', { name: 'Core question' }), 'Again?')
    for (const position of [1, 2, 3])
      await user.type(within(dialog).getByRole('textbox', { name: `Prompt ${position}` }), 'Why?')
    await user.click(within(dialog).getByRole('button', { name: 'Add the lens' }))

    expect((await within(dialog).findByRole('alert')).textContent).toMatch(
      /has the same name as lens 1/,
    )
    expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveProperty(
      'value',
      'lens STRATEGY',
    )
    expect(await storedLensIds()).toEqual(['strategy', 'discovery', 'delivery'])
  })
})

describe('removing a lens', () => {
  it('removes a lens nobody has worked on at once, with Undo', async () => {
    harness = await openWorkshop()
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.click(within(region()).getByRole('button', { name: 'Remove Lens delivery' }))
    await waitFor(() =>
      expect(within(region()).getByRole('status').textContent).toMatch(
        'Removed the lens “Lens delivery”.',
      ),
    )
    await waitFor(async () => expect(await storedLensIds()).toEqual(['strategy', 'discovery']))
    await user.click(within(region()).getByRole('button', { name: 'Undo' }))
    await waitFor(async () =>
      expect(await storedLensIds()).toEqual(['strategy', 'discovery', 'delivery']),
    )
  })

  it('asks before taking the ratings and cards of a lens, and undo brings them all back', async () => {
    harness = await openWorkshop([['Amara Okafor'], ['Ben Li']])
    const { edits } = harness.services
    const [amara, ben] = harness.services.workshop.store.getState().data!.participants
    await edits.rate(amara!.id, 'discovery', 'current', 2)
    await edits.rate(ben!.id, 'discovery', 'target', 4)
    await edits.addCard('discovery', 'current', 'We ship what sales asks for')
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.click(within(region()).getByRole('button', { name: 'Remove Lens discovery' }))
    const question = await screen.findByRole('alertdialog', {
      name: 'Remove “Lens discovery” and what the room put on it?',
    })
    expect(question.textContent).toMatch('2 ratings and 1 card')
    await user.click(within(question).getByRole('button', { name: 'Keep it' }))
    expect(await storedLensIds()).toContain('discovery')

    await user.click(within(region()).getByRole('button', { name: 'Remove Lens discovery' }))
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', {
        name: 'Remove the lens',
      }),
    )
    await waitFor(async () => expect(await storedLensIds()).toEqual(['strategy', 'delivery']))
    expect(await harness.db.ratings.where({ workshopId: harness.workshop.id }).count()).toBe(0)
    expect(await harness.db.cards.where({ workshopId: harness.workshop.id }).count()).toBe(0)

    await user.click(within(region()).getByRole('button', { name: 'Undo' }))
    await waitFor(async () =>
      expect(await storedLensIds()).toEqual(['strategy', 'discovery', 'delivery']),
    )
    expect(await harness.db.ratings.where({ workshopId: harness.workshop.id }).count()).toBe(2)
    expect(await harness.db.cards.where({ workshopId: harness.workshop.id }).count()).toBe(1)
    expect((await harness.storedWorkshop()).agenda.map((item) => item.lensId)).toContain(
      'discovery',
    )
  })
})

describe('saving the lenses as a template', () => {
  it('keeps a copy in the library under a new name, with the same lens ids', async () => {
    harness = await openWorkshop()
    const user = userEvent.setup()
    const { container } = renderPrepare(harness)
    expect(await axeViolations(container)).toEqual([])

    await user.click(within(region()).getByRole('button', { name: 'Save as template' }))
    const dialog = await screen.findByRole('dialog', { name: 'Save these lenses as a template' })
    const name = within(dialog).getByRole('textbox', { name: 'Name' })
    expect((name as HTMLInputElement).value).toBe('Test template – Spring offsite')
    await user.clear(name)
    await user.type(name, 'Acme lenses{Enter}')

    expect(await within(region()).findByText('Saved “Acme lenses” in your templates.')).toBeTruthy()
    const library = await harness.services.repositories.templates.list()
    expect(library.map((t) => t.name)).toEqual(['Acme lenses'])
    expect(library[0]?.lenses.map((lens) => lens.id)).toEqual(await storedLensIds())
    expect(library[0]?.id).not.toBe((await storedTemplate()).id)
  })

  it('says why when the library cannot take it, once, and keeps the dialog open', async () => {
    harness = await openWorkshop()
    vi.spyOn(harness.services.repositories.templates, 'saveCopy').mockRejectedValue(
      Object.assign(new Error('The disk is full'), { name: 'QuotaExceededError' }),
    )
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.click(within(region()).getByRole('button', { name: 'Save as template' }))
    const dialog = await screen.findByRole('dialog', { name: 'Save these lenses as a template' })
    await user.click(within(dialog).getByRole('button', { name: 'Save template' }))

    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'That did not work: The disk is full. Nothing was changed.',
    )
    expect(await harness.services.repositories.templates.list()).toEqual([])
  })
})
