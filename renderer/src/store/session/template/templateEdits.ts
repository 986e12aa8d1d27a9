/**
 * The edits of an open workshop's own template copy, as Prepare calls them: each builds its
 * changes from the current data and commits them as one undoable step, or says why not.
 */
import type { LensId, NewLensDraft, Template } from '@shared/domain'
import type { EditContext } from '../workshopEdits'
import { addLensChanges, editTemplateChanges, removeLensChanges } from './templateChanges'

export function createTemplateEdits({ records, commitResult, commitChanges }: EditContext) {
  return {
    /** Rewords the copy; `mergeKey` makes a run of typing in one field one undo step. */
    editTemplate: (edit: (template: Template) => Template, mergeKey?: string) =>
      commitResult((d) => editTemplateChanges(d, edit, records), mergeKey),
    addLens: (draft: NewLensDraft) => commitResult((d) => addLensChanges(d, draft, records)),
    /** Takes the lens and what the room put on it; the caller asks first when there is any. */
    removeLens: (lensId: LensId) => commitChanges((d) => removeLensChanges(d, lensId, records)),
  }
}
