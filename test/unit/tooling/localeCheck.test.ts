// The locale check itself, on small locales: a missing, extra, empty or misplaced-placeholder key
// is named; French is held to its "many" plural; a key no code asks for is named unused, while
// literal keys, plural bases and keys built from templates count as used.
import { describe, expect, it } from 'vitest'
import { compareLocale, unusedKeys } from '../../support/localeCheck'

const english = {
  title: 'Workshops',
  lastEdited: 'Last edited {{when}}',
  copy_one: '(copy)',
  copy_other: '(copy {{count}})',
  tabs: { prepare: 'Prepare', run: 'Run' },
}

describe('compareLocale', () => {
  it('passes a complete translation', () => {
    const german = {
      title: 'Workshops',
      lastEdited: 'Zuletzt bearbeitet {{when}}',
      copy_one: '(Kopie)',
      copy_other: '(Kopie {{count}})',
      tabs: { prepare: 'Vorbereiten', run: 'Durchführen' },
    }
    expect(compareLocale(english, german)).toEqual({
      missing: [],
      extra: [],
      empty: [],
      placeholders: [],
    })
  })

  it('fails on a missing key, an extra one, an empty one and a lost placeholder', () => {
    const broken = {
      title: '',
      lastEdited: 'Zuletzt bearbeitet',
      copy_one: '(Kopie)',
      copy_other: '(Kopie {{count}})',
      tabs: { prepare: 'Vorbereiten', compare: 'Vergleichen' },
    }
    expect(compareLocale(english, broken)).toEqual({
      missing: ['tabs.run'],
      extra: ['tabs.compare'],
      empty: ['title'],
      placeholders: ['lastEdited'],
    })
  })

  it('holds French to the "many" form beside every plural "other"', () => {
    const french = {
      title: 'Ateliers',
      lastEdited: 'Modifié {{when}}',
      copy_one: '(copie)',
      copy_other: '(copie {{count}})',
      tabs: { prepare: 'Préparer', run: 'Animer' },
    }
    expect(compareLocale(english, french, ['many']).missing).toEqual(['copy_many'])
    expect(
      compareLocale(english, { ...french, copy_many: '(copie {{count}})' }, ['many']).missing,
    ).toEqual([])
  })

  it('lets a singular say its count in words', () => {
    const german = {
      ...english,
      copy_one: '(eine Kopie)',
    }
    expect(compareLocale(english, german).placeholders).toEqual([])
  })
})

describe('unusedKeys', () => {
  it('names the keys no code asks for', () => {
    const tree = { home: english }
    const code = [
      "t('home.title')",
      "t('home.copy', { count })",
      't(`home.tabs.${tab}`)',
      "const when = t('home.lastEdited', { when })",
    ]
    expect(unusedKeys(tree, code)).toEqual([])
    expect(unusedKeys(tree, code.slice(0, 2))).toEqual([
      'home.lastEdited',
      'home.tabs.prepare',
      'home.tabs.run',
    ])
  })

  it('reads a key in a template only where it looks like one, not a file name', () => {
    const tree = { files: { untitled: 'Workshop' }, pdf: { title: 'Report' } }
    expect(unusedKeys(tree, ['`${base}.${extension}`', "t('files.untitled')"])).toEqual([
      'pdf.title',
    ])
    expect(unusedKeys(tree, ['t(`${section}.title`)', "t('files.untitled')"])).toEqual([])
  })
})
