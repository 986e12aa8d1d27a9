import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { Route } from 'wouter'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addLens, isTemplateReady, type Template } from '@shared/domain'
import type { VantageDatabase } from '../../../../../renderer/src/db'
import { TemplateEditorScreen } from '../../../../../renderer/src/features/templates/TemplateEditorScreen'
import type { AppServices } from '../../../../../renderer/src/store/appServices'
import { axeViolations } from '../../axe'
import { dropDatabase, freshDatabase, testRecords, testTemplate } from '../../helpers'
import { createAppServices, renderWithServices } from '../../render'

let db: VantageDatabase
let services: AppServices

beforeEach(() => {
  db = freshDatabase()
  services = createAppServices(db, { records: testRecords(Date.now()), template: testTemplate() })
})

afterEach(async () => {
  cleanup()
  await services.templates.actions.close()
  await dropDatabase(db)
})

const repo = () => services.repositories.templates

function renderEditor(id: string) {
  return renderWithServices(
    <Route path="/templates/:id">
      {(params) => <TemplateEditorScreen templateId={params.id} />}
    </Route>,
    services,
    `/templates/${id}`,
  )
}

async function seeded(name: string, titles: string[]): Promise<Template> {
  const created = await repo().create(name)
  let template: Template = created
  for (const title of titles) template = addLens(template, title)
  return repo().put(template)
}

/** Presses Tab until `target` has focus: proves it is reachable by keyboard alone. */
async function tabTo(user: UserEvent, target: HTMLElement) {
  for (let i = 0; i < 400 && document.activeElement !== target; i++) await user.tab()
  expect(document.activeElement).toBe(target)
}

describe('TemplateEditorScreen', () => {
  it('writes a four-lens template by keyboard alone, ready for a workshop', async () => {
    const template = await seeded('Keyboard', [])
    const user = userEvent.setup()
    const { container } = renderEditor(template.id)
    const add = await screen.findByRole('button', { name: 'Add lens' })
    await tabTo(user, add)
    for (let i = 0; i < 4; i++) await user.keyboard('{Enter}')
    await waitFor(() => expect(screen.getAllByRole('textbox', { name: 'Title' })).toHaveLength(4))

    for (const [index, letter] of ['A', 'B', 'C', 'D'].entries()) {
      const lens = screen.getAllByRole('region', { name: /^Lens \d/ })[index] as HTMLElement
      const title = within(lens).getByRole('textbox', { name: 'Title' })
      await tabTo(user, title)
      await user.keyboard('{Control>}a{/Control}')
      await user.keyboard(`Lens ${letter}`)
      await tabTo(user, within(lens).getByRole('textbox', { name: 'Core question' }))
      await user.keyboard(`Why ${letter}?`)
      for (const n of [1, 2, 3]) {
        await tabTo(user, within(lens).getByRole('textbox', { name: `Prompt ${n}` }))
        await user.keyboard(`P${n}`)
      }
      for (const level of [1, 2, 3, 4, 5]) {
        const field = `Level ${level} description`
        await tabTo(user, within(lens).getByRole('textbox', { name: field }))
        await user.keyboard(`L${level}`)
      }
    }
    await user.tab()
    await services.templates.actions.flush()
    const stored = await repo().get(template.id)
    expect(stored?.lenses.map((l) => l.title)).toEqual(['Lens A', 'Lens B', 'Lens C', 'Lens D'])
    expect(stored && isTemplateReady(stored)).toBe(true)
    expect(screen.queryAllByRole('alert')).toEqual([])
    expect(await axeViolations(container)).toEqual([])
  }, 120_000)

  it('says what is wrong next to the field: empty title, same names, a long prompt', async () => {
    const template = await seeded('Checks', ['Alpha', 'Beta'])
    const user = userEvent.setup()
    renderEditor(template.id)
    const titles = await screen.findAllByRole('textbox', { name: 'Title' })
    await user.clear(titles[1] as HTMLElement)
    expect(titles[1]?.getAttribute('aria-invalid')).toBe('true')
    expect(await screen.findByText('Lens 2 needs a title.')).toBeTruthy()
    await user.type(titles[1] as HTMLElement, 'alpha')
    const duplicate = 'Lens 2 (“alpha”) has the same name as lens 1; give each lens its own.'
    expect(await screen.findByText(duplicate)).toBeTruthy()
    expect(titles[1]?.getAttribute('aria-describedby')).toBeTruthy()

    const prompt = screen.getAllByRole('textbox', { name: 'Prompt 1' })[0] as HTMLElement
    await user.click(prompt)
    await user.paste('x'.repeat(301))
    const long = 'Prompt 1 of lens 1 (“Alpha”) is 301 characters long; keep it to 300.'
    expect(await screen.findByText(long)).toBeTruthy()
  })

  it('refuses more than twelve lenses in words', async () => {
    const titles = Array.from({ length: 13 }, (_, i) => `Lens ${i + 1}`)
    const template = await seeded('Too many', titles)
    renderEditor(template.id)
    expect(await screen.findByText('The template has 13 lenses; keep it to 12.')).toBeTruthy()
  })

  it('reorders lenses by keyboard with Move down, saved at once', async () => {
    const template = await seeded('Order', ['Alpha', 'Beta', 'Gamma'])
    const user = userEvent.setup()
    renderEditor(template.id)
    const handle = await screen.findByRole('button', { name: 'Reorder Alpha' })
    expect(handle.getAttribute('aria-roledescription')).toBe('sortable')
    await tabTo(user, screen.getByRole('button', { name: 'Move Alpha down' }))
    await user.keyboard('{Enter}')
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('region', { name: /^Lens \d/ })
          .map((r) => r.querySelector('h3')?.textContent),
      ).toEqual(['Lens 1: Beta', 'Lens 2: Alpha', 'Lens 3: Gamma']),
    )
    await services.templates.actions.flush()
    expect((await repo().get(template.id))?.lenses.map((l) => l.title)).toEqual([
      'Beta',
      'Alpha',
      'Gamma',
    ])
  })

  it('undoes and redoes edits, by button and by Ctrl+Z outside text fields', async () => {
    const template = await seeded('Undoable', ['Alpha'])
    const user = userEvent.setup()
    renderEditor(template.id)
    const undo = await screen.findByRole('button', { name: 'Undo' })
    expect((undo as HTMLButtonElement).disabled).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Remove Alpha' }))
    expect(screen.queryByRole('textbox', { name: 'Title' })).toBeNull()
    await user.click(undo)
    expect(await screen.findByRole('textbox', { name: 'Title' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Redo' }))
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Title' })).toBeNull())
    screen.getByRole('button', { name: 'Add lens' }).focus()
    await user.keyboard('{Control>}z{/Control}')
    expect(await screen.findByRole('textbox', { name: 'Title' })).toBeTruthy()
    await services.templates.actions.flush()
    expect((await repo().get(template.id))?.lenses.map((l) => l.title)).toEqual(['Alpha'])
    expect(screen.getByText('All changes saved')).toBeTruthy()
  })

  it('opens the built-in read-only, with a copy to edit one click away', async () => {
    const builtIn = repo().builtIn
    const user = userEvent.setup()
    const { container, location } = renderEditor(builtIn.id)
    expect(await screen.findByText(/This is the built-in template/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Add lens' })).toBeNull()
    const titles = screen.getAllByRole('textbox', { name: 'Title' })
    expect(titles).toHaveLength(builtIn.lenses.length)
    expect(titles.every((input) => input.hasAttribute('readonly'))).toBe(true)
    expect(await axeViolations(container)).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Duplicate to edit' }))
    // The copy is written after the click returns: look for it until it is there.
    await waitFor(async () => {
      const [copy] = await repo().list()
      expect(copy).toBeDefined()
      expect(location.history?.at(-1)).toBe(`/templates/${copy?.id}`)
    })
    expect(await screen.findByRole('button', { name: 'Add lens' })).toBeTruthy()
  })

  it('says so when the template does not exist', async () => {
    renderEditor('gone')
    expect(
      await screen.findByRole('heading', { name: 'This template does not exist or was deleted.' }),
    ).toBeTruthy()
  })
})
