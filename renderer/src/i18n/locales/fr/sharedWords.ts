/**
 * French words shared/ says its sentences and default names in (see en/sharedWords.ts): file
 * refusals, the template editor's problems, a copy's name, a new lens's scale.
 */
import type { sharedWords as english } from '../en/sharedWords'
import type { MirrorWithMany } from '../mirror'
import { fileRefusalPlaces } from './sharedWords/fileRefusalPlaces'
import { fileRefusalSentences } from './sharedWords/fileRefusalSentences'
import { newLensScale } from './sharedWords/newLensScale'
import { templateProblems } from './sharedWords/templateProblems'

export const sharedWords = {
  fileRefusals: { ...fileRefusalSentences, place: fileRefusalPlaces },
  templateProblems,
  templateCopies: { copy: 'copie', imported: 'importé', untitled: 'Modèle sans titre' },
  newLensScale,
} as const satisfies MirrorWithMany<typeof english>
