/**
 * The edits of an open workshop's own template copy, as Prepare calls them: each builds its
 * changes from the current data and commits them as one undoable step, or says why not. The
 * builders bring the template schema (zod) and load with the first such edit, not at start.
 */
import type { LensId, NewLensDraft, Template } from '@shared/domain'
import { t } from '../../../i18n'
import { newLensScaleWords, templateProblemWords } from '../../../i18n/sharedWords'
import type { EditContext } from '../workshopEdits'

const builders = () => import('./templateChanges')

/** Read when the facilitator acts, so a refusal and a new lens are in the language on screen. */
const wordsNow = () => ({
  problems: templateProblemWords(),
  scale: newLensScaleWords(),
  refused: {
    incomplete: t('prepare.lenses.editRefused.incomplete'),
    structure: t('prepare.lenses.editRefused.structure'),
  },
})

export function createTemplateEdits({ records, commitResult, commitChanges }: EditContext) {
  return {
    /** Rewords the copy; `mergeKey` makes a run of typing in one field one undo step. */
    async editTemplate(edit: (template: Template) => Template, mergeKey?: string) {
      const { editTemplateChanges } = await builders()
      return commitResult((d) => editTemplateChanges(d, edit, records, wordsNow()), mergeKey)
    },
    async addLens(draft: NewLensDraft) {
      const { addLensChanges } = await builders()
      return commitResult((d) => addLensChanges(d, draft, records, wordsNow()))
    },
    /** Takes the lens and what the room put on it; the caller asks first when there is any. */
    async removeLens(lensId: LensId) {
      const { removeLensChanges } = await builders()
      return commitChanges((d) => removeLensChanges(d, lensId, records))
    },
  }
}
