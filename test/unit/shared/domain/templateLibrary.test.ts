// A copy's name in the words the caller hands in: English by default, as it always was, and
// any language's words for "copy", "imported" and a template without a name.
import { describe, expect, it } from 'vitest'
import { copyName, resolveImport, type Template } from '@shared/domain'

const template: Template = { id: 'tpl-a', name: 'Ours', revision: 3, lenses: [] }

describe('copyName', () => {
  it('says "copy", then numbers it, in English by default', () => {
    expect(copyName('Ours', [])).toBe('Ours (copy)')
    expect(copyName('Ours', ['ours (COPY)'])).toBe('Ours (copy 2)')
    expect(copyName('  ', [])).toBe('Untitled template (copy)')
  })

  it('uses the words it is given', () => {
    expect(copyName('Unsere', ['Unsere (Kopie)'], 'Kopie', 'Vorlage ohne Namen')).toBe(
      'Unsere (Kopie 2)',
    )
    expect(copyName('', [], 'copie', 'Modèle sans titre')).toBe('Modèle sans titre (copie)')
  })
})

describe('resolveImport', () => {
  const keepBoth = (words?: Parameters<typeof resolveImport>[5]) =>
    resolveImport(template, { kind: 'builtIn' }, 'keepBoth', () => 'tpl-new', [], words)

  it('names a copy kept beside "imported" in English by default', () => {
    expect(keepBoth()).toMatchObject({ id: 'tpl-new', name: 'Ours (imported)' })
  })

  it('names it in the language of the words it is given', () => {
    const words = { copy: 'copie', imported: 'importé', untitled: 'Modèle sans titre' }
    expect(keepBoth(words).name).toBe('Ours (importé)')
  })
})
