/**
 * The template library in IndexedDB: saving as the editor autosaves (one revision per change),
 * soft delete and undo, duplicating the built-in (never stored) with its lens ids, importing
 * with "keep both" and "replace", and a workshop's frozen copy untouched by later edits.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_TEMPLATE } from '@shared/content'
import { addLens, removeLens, updateLens, updatePrompt, type Template } from '@shared/domain'
import {
  BUILT_IN_TEMPLATE,
  BuiltInTemplateError,
  TemplateNotFoundError,
  type Repositories,
  type VantageDatabase,
} from '../../../../../renderer/src/db'
import { useRepositoryFixture } from './fixture'
import { details, testTemplate, type TestRecords } from '../../helpers'

const fixture = useRepositoryFixture({ withWorkshop: false })
let db: VantageDatabase
let records: TestRecords
let repos: Repositories

beforeEach(() => {
  ;({ db, records, repos } = fixture)
})

const lensIds = (t: Template) => t.lenses.map((lens) => lens.id)

describe('the built-in template', () => {
  it('is never stored, and cannot be written', async () => {
    expect(await repos.templates.list()).toEqual([])
    expect(await repos.templates.get(BUILT_IN_TEMPLATE.id)).toBeUndefined()
    await expect(repos.templates.put(DEFAULT_TEMPLATE)).rejects.toBeInstanceOf(BuiltInTemplateError)
    expect(await db.templates.count()).toBe(0)
  })

  it('duplicates into a stored copy with a new id and the same lens ids', async () => {
    const copy = await repos.templates.duplicate(BUILT_IN_TEMPLATE.id)
    expect(copy).toMatchObject({
      id: 'id-0001',
      name: 'Vantage six lenses (copy)',
      revision: 1,
      deletedAt: null,
    })
    expect(lensIds(copy)).toEqual(lensIds(DEFAULT_TEMPLATE))
    expect((await repos.templates.duplicate(BUILT_IN_TEMPLATE.id)).name).toBe(
      'Vantage six lenses (copy 2)',
    )
    expect(await repos.templates.list()).toHaveLength(2)
  })
})

describe('the facilitator’s templates', () => {
  it('are created empty and listed most recently edited first', async () => {
    const first = await repos.templates.create('Offsite lenses')
    records.advance()
    const second = await repos.templates.create('Cascade lenses')
    expect(first).toMatchObject({ name: 'Offsite lenses', lenses: [], revision: 1 })
    expect((await repos.templates.list()).map((t) => t.id)).toEqual([second.id, first.id])
    records.advance()
    await repos.templates.put(addLens(first, 'Alignment'))
    expect((await repos.templates.list()).map((t) => t.id)).toEqual([first.id, second.id])
  })

  it('bump the revision once per saved change, never for a save that changes nothing', async () => {
    const created = await repos.templates.create('Offsite lenses')
    const edited = await repos.templates.put(addLens(created, 'Alignment'))
    expect(edited.revision).toBe(2)
    expect(await repos.templates.put(edited)).toEqual(edited)
    // Undo brings back the older wording, as a new revision: revisions never go backwards.
    const undone = await repos.templates.put(created)
    expect(undone).toMatchObject({ revision: 3, lenses: [] })
    expect(undone.createdAt).toBe(created.createdAt)
  })

  it('store only the template and its bookkeeping, whatever extra the editor holds', async () => {
    const created = await repos.templates.create('Offsite lenses')
    await repos.templates.put({ ...created, selected: true } as Template)
    expect(await db.templates.get(created.id)).not.toHaveProperty('selected')
  })

  it('are deleted softly and come back with undo', async () => {
    const created = await repos.templates.create('Offsite lenses')
    await repos.templates.softDelete(created.id)
    expect(await repos.templates.list()).toEqual([])
    expect((await repos.templates.get(created.id))?.deletedAt).toBe(records.now())
    // An autosave that lands after the delete does not bring the template back by itself.
    await repos.templates.put(addLens(created, 'Late edit'))
    expect(await repos.templates.list()).toEqual([])
    await repos.templates.restore(created.id)
    expect((await repos.templates.list()).map((t) => lensIds(t))).toEqual([['late-edit']])
  })

  it('say which template is missing', async () => {
    await expect(repos.templates.softDelete('nope')).rejects.toBeInstanceOf(TemplateNotFoundError)
    await expect(repos.templates.duplicate('nope')).rejects.toBeInstanceOf(TemplateNotFoundError)
  })
})

describe('importing', () => {
  it('stores a template whose id is new as it came', async () => {
    const template = testTemplate()
    expect(await repos.templates.importConflict(template)).toEqual({ kind: 'none' })
    const stored = await repos.templates.importTemplate(template, 'keepBoth')
    expect(stored).toMatchObject({ id: 'tpl-test', name: 'Test template', deletedAt: null })
  })

  it('keeps both: a new id and name beside the stored one, lens ids kept', async () => {
    const mine = await repos.templates.importTemplate(testTemplate(), 'keepBoth')
    const theirs = updateLens(testTemplate(), 'strategy', { title: 'Their strategy' })
    expect(await repos.templates.importConflict(theirs)).toEqual({ kind: 'stored', existing: mine })
    const kept = await repos.templates.importTemplate(theirs, 'keepBoth')
    expect(kept).toMatchObject({ id: 'id-0001', name: 'Test template (imported)' })
    expect(lensIds(kept)).toEqual(lensIds(mine))
    expect(await repos.templates.get(mine.id)).toEqual(mine)
  })

  it('replaces: the stored template takes the file’s wording under its id', async () => {
    const mine = await repos.templates.importTemplate(testTemplate(), 'keepBoth')
    const theirs = removeLens(testTemplate(), 'delivery')
    const replaced = await repos.templates.importTemplate(theirs, 'replace')
    expect(replaced).toMatchObject({ id: mine.id, revision: mine.revision + 1 })
    expect(lensIds(replaced)).toEqual(['strategy', 'discovery'])
    expect(await repos.templates.list()).toHaveLength(1)
  })

  it('never replaces the built-in, even when asked to', async () => {
    expect(await repos.templates.importConflict(DEFAULT_TEMPLATE)).toEqual({ kind: 'builtIn' })
    const kept = await repos.templates.importTemplate(DEFAULT_TEMPLATE, 'replace')
    expect(kept.id).not.toBe(DEFAULT_TEMPLATE.id)
    expect(kept.name).toBe('Vantage six lenses (imported)')
  })

  it('over a deleted template with its id, takes its place and shows again', async () => {
    const mine = await repos.templates.importTemplate(testTemplate(), 'keepBoth')
    await repos.templates.softDelete(mine.id)
    expect(await repos.templates.importConflict(testTemplate())).toEqual({ kind: 'none' })
    const back = await repos.templates.importTemplate(testTemplate(), 'keepBoth')
    expect(back).toMatchObject({ id: mine.id, deletedAt: null })
  })
})

describe('a workshop run with a library template', () => {
  it('keeps its frozen copy when the library template is edited, renamed or deleted', async () => {
    const template = await repos.templates.duplicate(BUILT_IN_TEMPLATE.id)
    const workshop = await repos.workshops.create(details(), template)
    // The frozen copy is the template alone: no library bookkeeping in the workshop.
    expect(workshop.template).not.toHaveProperty('updatedAt')
    const before = structuredClone(workshop.template)

    await repos.templates.put(updatePrompt(template, 'alignment', 0, 'Rewritten'))
    await repos.templates.put(removeLens((await repos.templates.get(template.id))!, 'leadership'))
    await repos.templates.softDelete(template.id)

    expect((await repos.workshops.get(workshop.id))?.template).toEqual(before)
  })
})
