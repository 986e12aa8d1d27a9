/**
 * The words shared/ says sentences and default names in: why a file was refused, the template
 * editor's problems, a copy's name, a new lens's scale. Their English lives in shared/ itself,
 * because shared/ must speak when no language is handed in (tests, logs, the fixtures' expected
 * sentences); it is taken from there, so there is one English and this is the table German and
 * French mirror. The renderer hands the app's language to shared/ through i18n/sharedWords.ts.
 */
import {
  NEW_LENS_SCALE_ENGLISH,
  TEMPLATE_COPY_WORDS_ENGLISH,
  templateProblemsEnglish,
} from '@shared/domain'
import { fileRefusalsEnglish } from '@shared/schema/refusalWords'

export const sharedWords = {
  fileRefusals: fileRefusalsEnglish,
  templateProblems: templateProblemsEnglish,
  templateCopies: TEMPLATE_COPY_WORDS_ENGLISH,
  newLensScale: NEW_LENS_SCALE_ENGLISH,
} as const
