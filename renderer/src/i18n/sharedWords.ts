/**
 * The words shared/ says its sentences and default names in, in the app's language: read at
 * the moment of the action (opening a file, adding a lens, copying a template), so a language
 * change is picked up and what was made keeps the words it was made in. The tables are plain
 * strings with {{placeholders}} that shared/ fills itself (see shared/i18n/phrases.ts).
 */
import type { PhraseTable } from '@shared/i18n'
import { currentLanguage, i18n } from './index'
import { sharedWords } from './locales/en/sharedWords'

type SharedWords = typeof sharedWords

/**
 * One table in the language on screen; English when that language has no such table. The key is
 * written out whole at each call, so the locale check sees the branch handed over.
 */
function wordsOf<T>(key: `sharedWords.${string}`, english: T): PhraseTable<T> {
  const found: unknown = i18n.getResource(currentLanguage(), 'translation', key)
  // The locale files are checked against English by the compiler (Mirror), so a table found
  // is complete; the English one is every leaf a string already.
  return (typeof found === 'object' && found !== null ? found : english) as PhraseTable<T>
}

const english: SharedWords = sharedWords

/** Why a session or template file was refused: for parseSessionFile and parseTemplateFile. */
export const fileRefusalWords = () => wordsOf('sharedWords.fileRefusals', english.fileRefusals)

/** The template editor's problem sentences: for describeTemplateProblem. */
export const templateProblemWords = () =>
  wordsOf('sharedWords.templateProblems', english.templateProblems)

/** A duplicated or imported template's name: for copyName and resolveImport. */
export const templateCopyWords = () => wordsOf('sharedWords.templateCopies', english.templateCopies)

/** The starting scale of a new lens: for addLens (labels) and lensFromDraft. */
export const newLensScaleWords = () => wordsOf('sharedWords.newLensScale', english.newLensScale)
