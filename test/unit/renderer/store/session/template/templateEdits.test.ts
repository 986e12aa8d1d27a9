/**
 * A workshop's own template copy edited in the app's language: a lens added in Prepare starts
 * with its scale in the language on screen at that moment (and keeps it), and a refused edit is
 * said in that language. English stays as it always was.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { NEW_LENS_LEVEL_DESCRIPTIONS, NEW_LENS_LEVEL_LABELS, updateLens } from '@shared/domain'
import { switchLanguage } from '../../../../../../renderer/src/i18n'
import { de } from '../../../../../../renderer/src/i18n/locales/de'
import { fr } from '../../../../../../renderer/src/i18n/locales/fr'
import { openWorkshop, type Harness } from '../../../features/prepare/harness'

let harness: Harness

afterEach(async () => {
  await switchLanguage('en')
  await harness.dispose()
})

const draft = {
  title: 'Funding',
  coreQuestion: 'How is the work paid for?',
  prompts: ['Who decides?', 'How often?', 'What is measured?'],
}

async function addedScale() {
  const outcome = await harness.services.edits.addLens(draft)
  if (!outcome.ok) throw new Error('the lens was refused')
  const stored = await harness.storedWorkshop()
  return stored.template.lenses.find((lens) => lens.title === 'Funding')!.scale
}

describe('a lens added in Prepare', () => {
  it('starts with the English scale in English', async () => {
    harness = await openWorkshop()
    const scale = await addedScale()
    expect(scale.map((s) => s.label)).toEqual(Object.values(NEW_LENS_LEVEL_LABELS))
    expect(scale.map((s) => s.description)).toEqual(Object.values(NEW_LENS_LEVEL_DESCRIPTIONS))
  })

  it('starts with its scale in French when the app speaks French, and keeps it after', async () => {
    harness = await openWorkshop()
    await switchLanguage('fr')
    const scale = await addedScale()
    expect(scale.map((s) => s.label)).toEqual(Object.values(fr.sharedWords.newLensScale.labels))
    expect(scale[0]!.description).toBe(fr.sharedWords.newLensScale.descriptions[1])
    await switchLanguage('en')
    const stored = await harness.storedWorkshop()
    expect(stored.template.lenses.at(-1)!.scale[4]!.label).toBe('Exemplaire')
  })

  it('starts with its scale in German when the app speaks German', async () => {
    harness = await openWorkshop()
    await switchLanguage('de')
    const scale = await addedScale()
    expect(scale.map((s) => s.label)).toEqual(Object.values(de.sharedWords.newLensScale.labels))
  })
})

describe('an edit of the copy that would add a problem', () => {
  it('is refused in the language on screen', async () => {
    harness = await openWorkshop()
    await switchLanguage('de')
    const outcome = await harness.services.edits.editTemplate((t) =>
      updateLens(t, 'strategy', { title: '   ' }),
    )
    expect(outcome).toMatchObject({
      ok: false,
      problem: { sentence: 'Perspektive 1 braucht einen Titel.' },
    })
  })
})

describe('an edit that would add or remove a lens through rewording', () => {
  it('is refused in the language on screen', async () => {
    harness = await openWorkshop()
    await switchLanguage('fr')
    const outcome = await harness.services.edits.editTemplate((t) => ({
      ...t,
      lenses: t.lenses.slice(1),
    }))
    expect(outcome).toMatchObject({
      ok: false,
      problem: { sentence: 'Les prismes s’ajoutent et se retirent avec leurs propres boutons.' },
    })
  })
})
