import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { openWorkshop, renderPrepare, type Harness } from './harness'

let harness: Harness

afterEach(async () => {
  await harness.dispose()
})

const region = () => screen.getByRole('region', { name: 'Participants' })
const addForm = () => within(region()).getByRole('form', { name: 'Add a participant' })
const nameField = () => within(addForm()).getByRole('textbox', { name: 'Name' })
const list = () => within(region()).getByRole('list', { name: 'Participants in order' })
const shownNames = () =>
  within(list())
    .getAllByRole('textbox', { name: /^Name of / })
    .map((input) => (input as HTMLInputElement).value)

describe('adding participants', () => {
  it('adds people one after another with Enter, keeping the cursor in Name', async () => {
    harness = await openWorkshop()
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.click(nameField())
    await user.keyboard('Amara Okafor')
    await user.tab()
    await user.keyboard('CTO{Enter}')
    await waitFor(() => expect(nameField()).toHaveProperty('value', ''))
    expect(document.activeElement).toBe(nameField())
    await user.keyboard('Ben Li{Enter}')

    await waitFor(() => expect(shownNames()).toEqual(['Amara Okafor', 'Ben Li']))
    expect(document.activeElement).toBe(nameField())
    expect(within(region()).getByText('2 participants')).toBeTruthy()
    expect(
      (within(list()).getByRole('textbox', { name: 'Role of Amara Okafor' }) as HTMLInputElement)
        .value,
    ).toBe('CTO')
    await waitFor(async () =>
      expect(await harness.storedNames()).toEqual(['Amara Okafor', 'Ben Li']),
    )
  })

  it('refuses a name already in the workshop, whatever its case, and saves nothing', async () => {
    harness = await openWorkshop([['Amara Okafor']])
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.type(nameField(), '  amara   OKAFOR {Enter}')

    expect(
      await within(addForm()).findByText('amara OKAFOR is already in this workshop.'),
    ).toBeTruthy()
    expect(nameField().getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(nameField())
    expect(await harness.storedNames()).toEqual(['Amara Okafor'])
    expect(within(region()).getByText('1 participant')).toBeTruthy()
  })

  it('asks for a name when Name is empty', async () => {
    harness = await openWorkshop()
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.type(within(addForm()).getByRole('textbox', { name: 'Role (optional)' }), 'CFO')
    await user.click(within(addForm()).getByRole('button', { name: 'Add' }))

    expect(await within(addForm()).findByText('Enter a name.')).toBeTruthy()
    expect(await harness.storedNames()).toEqual([])
    expect(within(region()).getByText('No participants yet')).toBeTruthy()
  })

  it('adds a pasted list in one step and says what it skipped and why', async () => {
    harness = await openWorkshop([['Amara Okafor']])
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.click(within(region()).getByRole('button', { name: 'Paste a list' }))
    const dialog = screen.getByRole('dialog', { name: 'Paste a list of names' })
    await user.click(within(dialog).getByRole('textbox', { name: 'Names, one per line' }))
    await user.paste('Ben Li\namara okafor\n\nChloé Martin\nBen Li\n' + 'X'.repeat(90))
    await user.click(within(dialog).getByRole('button', { name: 'Add names' }))

    const notice = await within(region()).findByText(/^Added 2\./)
    expect(notice.textContent).toBe(
      `Added 2. Skipped 3: amara okafor (already in the workshop), Ben Li (listed twice), ${'X'.repeat(40)}… (too long).`,
    )
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(shownNames()).toEqual(['Amara Okafor', 'Ben Li', 'Chloé Martin'])
    expect(await harness.storedNames()).toEqual(['Amara Okafor', 'Ben Li', 'Chloé Martin'])

    // One step: a single Undo takes the whole list away again.
    await user.click(within(region()).getByRole('button', { name: 'Undo' }))
    await waitFor(async () => expect(await harness.storedNames()).toEqual(['Amara Okafor']))
  })

  it('keeps the dialog open and says so when nothing was pasted', async () => {
    harness = await openWorkshop()
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.click(within(region()).getByRole('button', { name: 'Paste a list' }))
    const dialog = screen.getByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Add names' }))
    expect(within(dialog).getByText('Paste at least one name.')).toBeTruthy()
    expect(document.activeElement).toBe(
      within(dialog).getByRole('textbox', { name: 'Names, one per line' }),
    )
  })
})

describe('editing participants in place', () => {
  it('renames on Enter with the same rules, and leaves a refused name unsaved', async () => {
    harness = await openWorkshop([['Amara Okafor'], ['Ben Li']])
    const user = userEvent.setup()
    renderPrepare(harness)

    const ben = within(list()).getByRole('textbox', { name: 'Name of Ben Li' })
    await user.clear(ben)
    await user.type(ben, 'AMARA okafor{Enter}')
    expect(
      await within(list()).findByText('AMARA okafor is already in this workshop.'),
    ).toBeTruthy()
    expect(ben.getAttribute('aria-invalid')).toBe('true')

    await user.clear(ben)
    await user.tab()
    expect(await within(list()).findByText('Enter a name.')).toBeTruthy()
    expect(await harness.storedNames()).toEqual(['Amara Okafor', 'Ben Li'])

    await user.click(ben)
    await user.type(ben, '  Benjamin   Li {Enter}')
    await waitFor(async () =>
      expect(await harness.storedNames()).toEqual(['Amara Okafor', 'Benjamin Li']),
    )
    expect((ben as HTMLInputElement).value).toBe('Benjamin Li')
    expect(ben.getAttribute('aria-invalid')).toBeNull()
  })

  it('saves a role when focus leaves it', async () => {
    harness = await openWorkshop([['Amara Okafor']])
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.type(within(list()).getByRole('textbox', { name: 'Role of Amara Okafor' }), 'COO')
    await user.tab()
    await waitFor(async () =>
      expect((await harness.db.participants.toArray())[0]?.role).toBe('COO'),
    )
  })
})

describe('ordering participants', () => {
  it('moves a person with the Move buttons, keeps focus on the button and saves the order', async () => {
    harness = await openWorkshop([['Amara Okafor'], ['Ben Li'], ['Chloé Martin']])
    const user = userEvent.setup()
    renderPrepare(harness)

    expect(within(list()).getByRole('button', { name: 'Move Amara Okafor up' })).toHaveProperty(
      'disabled',
      true,
    )
    await user.click(within(list()).getByRole('button', { name: 'Move Chloé Martin up' }))
    expect(shownNames()).toEqual(['Amara Okafor', 'Chloé Martin', 'Ben Li'])
    expect(document.activeElement).toBe(
      within(list()).getByRole('button', { name: 'Move Chloé Martin up' }),
    )
    await user.keyboard('{Enter}')
    expect(shownNames()).toEqual(['Chloé Martin', 'Amara Okafor', 'Ben Li'])
    // At the top, Move up is disabled, so focus moves to Move down rather than being lost.
    expect(document.activeElement).toBe(
      within(list()).getByRole('button', { name: 'Move Chloé Martin down' }),
    )
    await user.click(within(list()).getByRole('button', { name: 'Move Amara Okafor down' }))

    await waitFor(async () =>
      expect(await harness.storedNames()).toEqual(['Chloé Martin', 'Ben Li', 'Amara Okafor']),
    )
  })

  it('gives every drag handle a name and the keyboard instructions', async () => {
    harness = await openWorkshop([['Amara Okafor']])
    renderPrepare(harness)
    const handle = within(list()).getByRole('button', { name: 'Reorder Amara Okafor' })
    const described = document.getElementById(handle.getAttribute('aria-describedby') ?? '')
    expect(described?.textContent).toContain('press Space or Enter to pick it up')
  })
})
