import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addLens, updateLens, type Template } from '@shared/domain'
import type { VantageDatabase } from '../../../../renderer/src/db'
import { switchLanguage } from '../../../../renderer/src/i18n'
import { createAppServices, type AppServices } from '../../../../renderer/src/store/appServices'
import {
  editorCanRedo,
  editorCanUndo,
  TEMPLATE_TEXT_SAVE_DELAY_MS,
  type TemplateEditor,
} from '../../../../renderer/src/store/templatesStore'
import { flushPendingSaves } from '../../../../renderer/src/ui/pendingSaves'
import {
  dropDatabase,
  freshDatabase,
  testRecords,
  testTemplate,
  type TestRecords,
} from '../helpers'

let db: VantageDatabase
let records: TestRecords
let services: AppServices

beforeEach(async () => {
  db = freshDatabase()
  records = testRecords()
  services = createAppServices(db, { records, template: testTemplate() })
  await services.templates.actions.load()
})

afterEach(async () => {
  await services.templates.actions.close()
  await dropDatabase(db)
})

const state = () => services.templates.store.getState()
const actions = () => services.templates.actions
const names = () => state().templates.map((t) => t.name)
const editor = () => state().editor as TemplateEditor
const stored = (id: string) => services.repositories.templates.get(id)

async function created(name: string) {
  const template = await actions().create(name)
  if (!template) throw new Error('setup: create failed')
  records.advance()
  return template
}

describe('templatesStore library', () => {
  it('lists the built-in apart and the own templates, most recently edited first', async () => {
    await created('First')
    await created('Second')
    expect(state().builtIn.id).toBe(services.repositories.templates.builtIn.id)
    expect(names()).toEqual(['Second', 'First'])
    expect(state().notice).toEqual({ kind: 'created', name: 'Second' })
  })

  it('duplicates the built-in into an own template with a copy name', async () => {
    await actions().duplicate(state().builtIn.id)
    expect(names()).toEqual([`${state().builtIn.name} (copy)`])
    expect(state().templates[0]?.lenses.map((l) => l.id)).toEqual(
      state().builtIn.lenses.map((l) => l.id),
    )
    expect(state().notice?.kind).toBe('duplicated')
  })

  it('renames, and refuses an empty name without writing', async () => {
    const template = await created('Old')
    expect((await actions().rename(template.id, '  New  ')).ok).toBe(true)
    expect(names()).toEqual(['New'])
    expect((await actions().rename(template.id, '   ')).ok).toBe(false)
    expect((await stored(template.id))?.name).toBe('New')
  })

  it('deletes with a notice whose undo brings the template back', async () => {
    const template = await created('Keep me')
    await actions().remove(template.id)
    expect(names()).toEqual([])
    expect(state().notice).toEqual({ kind: 'deleted', templateId: template.id, name: 'Keep me' })
    await actions().undoRemove()
    expect(names()).toEqual(['Keep me'])
    expect(state().notice).toEqual({ kind: 'restored', name: 'Keep me' })
  })

  it('reports a failed write as a notice and keeps the list as on disk', async () => {
    const template = await created('Stays')
    vi.spyOn(services.repositories.templates, 'softDelete').mockRejectedValueOnce(
      new Error('disk full'),
    )
    await actions().remove(template.id)
    expect(state().notice).toEqual({
      kind: 'failed',
      reason: 'Something unexpected went wrong (disk full).',
    })
    expect(names()).toEqual(['Stays'])
  })
})

describe('templatesStore editor', () => {
  it('opens the built-in read-only and never writes it', async () => {
    await actions().open(state().builtIn.id)
    expect(editor().readOnly).toBe(true)
    actions().edit((t) => addLens(t, 'Extra'), { kind: 'structure' })
    expect(editor().template).toBe(state().builtIn)
    expect(editorCanUndo(editor())).toBe(false)
  })

  it('reports a deleted or unknown template as missing', async () => {
    await actions().open('nope')
    expect(state().editor).toBe('missing')
  })

  it('saves a structural edit at once', async () => {
    const template = await created('Mine')
    await actions().open(template.id)
    actions().edit((t) => addLens(t, 'Alignment'), { kind: 'structure' })
    await actions().flush()
    expect((await stored(template.id))?.lenses.map((l) => l.title)).toEqual(['Alignment'])
    expect(editor().saveState).toBe('saved')
  })

  it('saves typed text after the typing stops, as one undo step per field', async () => {
    const template = await created('Mine')
    await actions().open(template.id)
    actions().edit((t) => addLens(t, 'Lens'), { kind: 'structure' })
    await actions().flush()
    const lensId = editor().template.lenses[0]!.id
    for (const title of ['A', 'Al', 'Ali'])
      actions().edit((t) => updateLens(t, lensId, { title }), { kind: 'text', key: 'title' })
    expect(editor().saveState).toBe('pending')
    expect((await stored(template.id))?.lenses[0]?.title).toBe('Lens')
    // Real time: the fake database runs on timers too.
    await new Promise((resolve) => setTimeout(resolve, TEMPLATE_TEXT_SAVE_DELAY_MS + 50))
    await actions().flush()
    expect((await stored(template.id))?.lenses[0]?.title).toBe('Ali')
    expect(editor().saveState).toBe('saved')

    actions().undo()
    await actions().flush()
    expect(editor().template.lenses[0]?.title).toBe('Lens')
    expect((await stored(template.id))?.lenses[0]?.title).toBe('Lens')
    expect(editorCanRedo(editor())).toBe(true)
    actions().redo()
    await actions().flush()
    expect((await stored(template.id))?.lenses[0]?.title).toBe('Ali')
  })

  it('ends a typing run on blur, so the next keystrokes undo separately', async () => {
    const template = await created('Mine')
    await actions().open(template.id)
    actions().edit((t) => ({ ...t, name: 'Mine 1' }), { kind: 'text', key: 'name' })
    actions().endTypingRun()
    actions().edit((t) => ({ ...t, name: 'Mine 12' }), { kind: 'text', key: 'name' })
    actions().undo()
    expect(editor().template.name).toBe('Mine 1')
  })

  it('writes a waiting text edit when the app quits', async () => {
    const template = await created('Mine')
    await actions().open(template.id)
    actions().edit((t: Template) => ({ ...t, name: 'Quit now' }), { kind: 'text', key: 'name' })
    flushPendingSaves()
    await actions().flush()
    expect((await stored(template.id))?.name).toBe('Quit now')
  })

  it('shows a failed save and keeps the edit in memory', async () => {
    const template = await created('Mine')
    await actions().open(template.id)
    vi.spyOn(services.repositories.templates, 'put').mockRejectedValueOnce(new Error('disk full'))
    actions().edit((t) => addLens(t, 'Alignment'), { kind: 'structure' })
    await actions().flush()
    expect(editor().saveState).toBe('failed')
    expect(editor().failure).toBe('Something unexpected went wrong (disk full).')
    expect(editor().template.lenses).toHaveLength(1)
  })
})

describe('templatesStore names in the app’s language', () => {
  afterEach(async () => {
    await switchLanguage('en')
  })

  it('names a duplicate in German and French, as the language is at that moment', async () => {
    await switchLanguage('de')
    await actions().duplicate(state().builtIn.id)
    await switchLanguage('fr')
    await actions().duplicate(state().builtIn.id)
    const name = state().builtIn.name
    expect(names().sort()).toEqual([`${name} (Kopie)`, `${name} (copie)`])
  })

  it('numbers a second French copy and names an imported copy kept beside the built-in', async () => {
    await switchLanguage('fr')
    await actions().duplicate(state().builtIn.id)
    await actions().duplicate(state().builtIn.id)
    await actions().importTemplate(state().builtIn, 'keepBoth')
    const name = state().builtIn.name
    expect(names().sort()).toEqual([`${name} (copie 2)`, `${name} (copie)`, `${name} (importé)`])
  })

  it('calls a copy of a template without a name by the language’s word for it', async () => {
    await switchLanguage('de')
    const unnamed = await created('Draft')
    await services.repositories.templates.put({ ...unnamed, name: '' })
    await actions().duplicate(unnamed.id)
    expect(names()).toContain('Vorlage ohne Namen (Kopie)')
  })
})
