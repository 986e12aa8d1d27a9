/** German sentences of the template editor's problems (see shared/domain/templateProblemWords.ts). */
import type { templateProblemsEnglish as english } from '@shared/domain'
import type { Mirror } from '../../mirror'

export const templateProblems = {
  lensNames: {
    lens: 'Perspektive {{n}}',
    lensTitled: 'Perspektive {{n}} („{{title}}“)',
    ofLens: 'von Perspektive {{n}}',
    ofLensTitled: 'von Perspektive {{n}} („{{title}}“)',
  },
  nameEmpty: 'Der Name der Vorlage ist leer.',
  nameTooLong:
    'Der Name der Vorlage ist {{length}} Zeichen lang; erlaubt sind höchstens {{limit}}.',
  noLenses: 'Fügen Sie mindestens eine Perspektive hinzu.',
  tooManyLenses: 'Die Vorlage hat {{count}} Perspektiven; erlaubt sind höchstens {{limit}}.',
  promptEmpty: 'Gesprächsimpuls {{index}} {{ofLens}} ist leer.',
  promptTooLong:
    'Gesprächsimpuls {{index}} {{ofLens}} ist {{length}} Zeichen lang; erlaubt sind höchstens {{limit}}.',
  labelEmpty: 'Die Bezeichnung der Stufe {{level}} {{ofLens}} ist leer.',
  labelTooLong:
    'Die Bezeichnung der Stufe {{level}} {{ofLens}} ist {{length}} Zeichen lang; erlaubt sind höchstens {{limit}}.',
  descriptionEmpty: 'Die Beschreibung der Stufe {{level}} {{ofLens}} ist leer.',
  descriptionTooLong:
    'Die Beschreibung der Stufe {{level}} {{ofLens}} ist {{length}} Zeichen lang; erlaubt sind höchstens {{limit}}.',
  invalidId:
    '{{lens}} hat eine ID mit anderen Zeichen als Kleinbuchstaben, Ziffern und Bindestrichen.',
  duplicateId: '{{lens}} hat dieselbe ID wie eine frühere Perspektive; entfernen Sie eine davon.',
  duplicateTitle:
    '{{lens}} hat denselben Namen wie Perspektive {{other}}; geben Sie jeder Perspektive einen eigenen.',
  titleEmpty: '{{lens}} braucht einen Titel.',
  titleTooLong:
    'Der Titel {{ofLens}} ist {{length}} Zeichen lang; erlaubt sind höchstens {{limit}}.',
  coreQuestionEmpty: '{{lens}} braucht eine Leitfrage.',
  coreQuestionTooLong:
    'Die Leitfrage {{ofLens}} ist {{length}} Zeichen lang; erlaubt sind höchstens {{limit}}.',
  tooFewPrompts:
    '{{lens}} hat zu wenige Gesprächsimpulse ({{count}}); geben Sie ihr mindestens {{limit}}.',
  tooManyPrompts:
    '{{lens}} hat zu viele Gesprächsimpulse ({{count}}); erlaubt sind höchstens {{limit}}.',
  wrongLevels: '{{lens}} braucht fünf Stufen, der Reihe nach von 1 bis 5 nummeriert.',
} as const satisfies Mirror<typeof english>
