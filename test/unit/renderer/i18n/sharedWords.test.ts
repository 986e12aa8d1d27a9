// The words shared/ speaks in, handed over by the renderer: a refused session or template file
// and a template editor's problem read in German and French, with no English word left, and
// English exactly as shared/ says it on its own (the fixtures' expected sentences).
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  addLens,
  describeTemplateProblem,
  templateProblems,
  templateProblemsEnglish,
  updateLens,
  updatePrompt,
} from '@shared/domain'
import type { Language } from '@shared/i18n'
import { fileRefusalsEnglish, parseSessionFile } from '@shared/schema/sessionFile'
import { parseTemplateFile } from '@shared/schema/templateFile'
import { switchLanguage } from '../../../../renderer/src/i18n'
import { de } from '../../../../renderer/src/i18n/locales/de'
import { fr } from '../../../../renderer/src/i18n/locales/fr'
import { fileRefusalWords, templateProblemWords } from '../../../../renderer/src/i18n/sharedWords'
import { testTemplate } from '../helpers'

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures')
const sessionFixture = (name: string) => readFileSync(resolve(FIXTURES, 'sessions', name), 'utf8')
const templateFixture = (name: string) => readFileSync(resolve(FIXTURES, 'templates', name), 'utf8')

afterEach(async () => {
  await switchLanguage('en')
})

/** A valid session file with one field of the first rating taken out. */
function withoutRatingNote(): string {
  const doc = JSON.parse(sessionFixture('valid-six-lens-workshop.vantage'))
  delete doc.ratings[0].note
  return JSON.stringify(doc)
}

async function refusal(language: Language, text: string): Promise<string> {
  await switchLanguage(language)
  const result = parseSessionFile(text, fileRefusalWords())
  if (result.ok) throw new Error('expected a refusal')
  return result.error.detail
}

function leaves(table: unknown): string[] {
  if (typeof table === 'string') return [table]
  return Object.values(table as Record<string, unknown>).flatMap(leaves)
}

const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}{3,}/gu) ?? []

/**
 * Words English uses in these sentences and the language does not: one of them in a German or
 * French sentence is English left behind. What the file itself said (quoted) is not counted.
 */
function englishLeftIn(sentence: string, language: 'de' | 'fr'): string[] {
  const own = language === 'de' ? de.sharedWords : fr.sharedWords
  const theirs = new Set(leaves(own).flatMap(wordsOf))
  const english = new Set(
    [...leaves(fileRefusalsEnglish), ...leaves(templateProblemsEnglish)]
      .flatMap(wordsOf)
      .filter((word) => !theirs.has(word)),
  )
  const unquoted = sentence.replace(/„[^“]*“|«[^»]*»|"[^"]*"/g, '')
  return wordsOf(unquoted).filter((word) => english.has(word))
}

describe('a refused session file in the app’s language', () => {
  const cases = {
    'an invalid score': {
      text: () => sessionFixture('bad-score-6.vantage'),
      de: 'Bewertung 2 hat den Wert 6; Bewertungen reichen von 1 bis 5.',
      fr: 'L’évaluation 2 a le score 6\u202f; les scores vont de 1 à 5.',
    },
    'a missing field inside a list entry': {
      text: withoutRatingNote,
      de: 'Das Feld „Notiz“ in Bewertung 1 fehlt.',
      fr: 'Le champ «\u00a0note\u00a0» de l’évaluation 1 fait défaut.',
    },
    'a newer version': {
      text: () => sessionFixture('bad-version-99.vantage'),
      de: 'Diese Datei wurde mit einer neueren Version von Vantage erstellt (Version 99); aktualisieren Sie Vantage, um sie zu öffnen.',
      fr: 'Ce fichier a été créé par une version plus récente de Vantage (version 99)\u202f; mettez Vantage à jour pour l’ouvrir.',
    },
    'not JSON': {
      text: () => sessionFixture('bad-single-quotes.vantage'),
      de: 'Dies ist keine Vantage-Sitzungsdatei: Sie enthält kein gültiges JSON (der erste Fehler steht in Zeile 1).',
      fr: 'Ce n’est pas un fichier de session Vantage\u202f: ce n’est pas du JSON valide (la première erreur se trouve à la ligne 1).',
    },
  }

  for (const [about, { text, ...expected }] of Object.entries(cases)) {
    for (const language of ['de', 'fr'] as const) {
      it(`says ${about} in ${language === 'de' ? 'German' : 'French'}, with no English left`, async () => {
        const sentence = await refusal(language, text())
        expect(sentence).toBe(expected[language])
        expect(englishLeftIn(sentence, language)).toEqual([])
      })
    }
  }

  it('leaves no English in any refused fixture, session or template, in either language', async () => {
    for (const language of ['de', 'fr'] as const) {
      await switchLanguage(language)
      for (const [folder, parse] of [
        ['sessions', parseSessionFile],
        ['templates', parseTemplateFile],
      ] as const) {
        for (const name of readdirSync(resolve(FIXTURES, folder))) {
          if (name === 'manifest.json') continue
          const result = parse(
            readFileSync(resolve(FIXTURES, folder, name), 'utf8'),
            fileRefusalWords(),
          )
          if (result.ok) continue
          expect(englishLeftIn(result.error.detail, language), `${language} ${name}`).toEqual([])
          // Still one sentence for the dialog: a capital first, a full stop last, one line.
          expect(result.error.detail, `${language} ${name}`).toMatch(/^\p{Lu}[^\n]{10,300}\.$/u)
        }
      }
    }
  })

  it('says a template file’s refusal in German and French too', async () => {
    const text = templateFixture('bad-lens-without-title.vantage-template')
    await switchLanguage('de')
    expect(parseTemplateFile(text, fileRefusalWords())).toMatchObject({
      error: { detail: 'Das Feld „Titel“ in Perspektive 2 in der Vorlage fehlt.' },
    })
    await switchLanguage('fr')
    expect(parseTemplateFile(text, fileRefusalWords())).toMatchObject({
      error: { detail: 'Le champ «\u00a0titre\u00a0» du prisme 2 du modèle fait défaut.' },
    })
  })

  it('says in English exactly what shared/ says on its own', async () => {
    await switchLanguage('en')
    expect(fileRefusalWords()).toEqual(fileRefusalsEnglish)
    for (const name of readdirSync(resolve(FIXTURES, 'sessions'))) {
      const text = sessionFixture(name)
      expect(parseSessionFile(text, fileRefusalWords()), name).toEqual(parseSessionFile(text))
    }
  })
})

describe('a template problem in the app’s language', () => {
  // An empty prompt and a title over the limit on the first lens, "Lens strategy".
  const template = updatePrompt(
    updateLens(addLens(testTemplate(), 'Extra'), 'strategy', { title: 'x'.repeat(121) }),
    'strategy',
    1,
    '',
  )
  const sentences = async (language: Language) => {
    await switchLanguage(language)
    const words = templateProblemWords()
    return templateProblems(template).map((p) => describeTemplateProblem(p, template, words))
  }

  it('is said in German and French, with no English left', async () => {
    const german = await sentences('de')
    expect(german).toContain(
      'Der Titel von Perspektive 1 („xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…“) ist 121 Zeichen lang; erlaubt sind höchstens 120.',
    )
    expect(german).toContain('Die Beschreibung der Stufe 1 von Perspektive 4 („Extra“) ist leer.')
    const french = await sentences('fr')
    expect(french).toContain('Le prisme 4 («\u00a0Extra\u00a0») doit avoir une question centrale.')
    for (const sentence of german) expect(englishLeftIn(sentence, 'de'), sentence).toEqual([])
    for (const sentence of french) expect(englishLeftIn(sentence, 'fr'), sentence).toEqual([])
  })

  it('is said in English as shared/ says it on its own', async () => {
    const english = await sentences('en')
    expect(english).toEqual(
      templateProblems(template).map((p) => describeTemplateProblem(p, template)),
    )
  })
})
