/**
 * The English sentences of the template editor's problems (templateProblems.ts), whole
 * sentences with placeholders so each language orders its own words. {{lens}} names a lens at
 * the start of a sentence, {{ofLens}} after another noun ("prompt 2 of lens 3"). The renderer
 * hands in the app's language: renderer/src/i18n/locales/{de,fr}/sharedWords/.
 */
import type { PhraseTable } from '../i18n/phrases'

export const templateProblemsEnglish = {
  lensNames: {
    lens: 'Lens {{n}}',
    lensTitled: 'Lens {{n}} (“{{title}}”)',
    ofLens: 'of lens {{n}}',
    ofLensTitled: 'of lens {{n}} (“{{title}}”)',
  },
  nameEmpty: 'The template’s name is empty.',
  nameTooLong: 'The template’s name is {{length}} characters long; keep it to {{limit}}.',
  noLenses: 'Add at least one lens.',
  tooManyLenses: 'The template has {{count}} lenses; keep it to {{limit}}.',
  promptEmpty: 'Prompt {{index}} {{ofLens}} is empty.',
  promptTooLong: 'Prompt {{index}} {{ofLens}} is {{length}} characters long; keep it to {{limit}}.',
  labelEmpty: 'The label of level {{level}} {{ofLens}} is empty.',
  labelTooLong:
    'The label of level {{level}} {{ofLens}} is {{length}} characters long; keep it to {{limit}}.',
  descriptionEmpty: 'The description of level {{level}} {{ofLens}} is empty.',
  descriptionTooLong:
    'The description of level {{level}} {{ofLens}} is {{length}} characters long; keep it to {{limit}}.',
  invalidId: '{{lens}} has an id with characters other than lowercase letters, digits and dashes.',
  duplicateId: '{{lens}} has the same id as an earlier lens; remove one of them.',
  duplicateTitle: '{{lens}} has the same name as lens {{other}}; give each lens its own.',
  titleEmpty: '{{lens}} needs a title.',
  titleTooLong: 'The title {{ofLens}} is {{length}} characters long; keep it to {{limit}}.',
  coreQuestionEmpty: '{{lens}} needs a core question.',
  coreQuestionTooLong:
    'The core question {{ofLens}} is {{length}} characters long; keep it to {{limit}}.',
  tooFewPrompts: '{{lens}} has {{count}} prompts; give it at least {{limit}}.',
  tooManyPrompts: '{{lens}} has {{count}} prompts; keep it to {{limit}}.',
  wrongLevels: '{{lens}} needs five levels, numbered 1 to 5 in order.',
} as const

/** The template problems' sentences in one language. */
export type TemplateProblemWords = PhraseTable<typeof templateProblemsEnglish>
