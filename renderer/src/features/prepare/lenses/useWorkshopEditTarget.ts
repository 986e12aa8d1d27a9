/**
 * The open workshop's own template copy as a target for the lens editor: each edit is one
 * undoable session edit (a run of typing in one field merges into one step), refused with its
 * sentence when it would leave the copy incomplete. A refused button press (a prompt too few) is
 * handed to `onRefused`, since no field is there to show it.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useWorkshopEdits } from '../../../store/context'
import type { TemplateEditTarget } from '../../templates/edit/templateEditTarget'

export function useWorkshopEditTarget(onRefused: (sentence: string) => void): TemplateEditTarget {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  return useMemo(
    () => ({
      async edit(change, options) {
        const mergeKey = options.kind === 'text' ? `template:${options.key ?? ''}` : undefined
        const outcome = await edits.editTemplate(change, mergeKey)
        if (outcome.ok) return null
        const sentence =
          outcome.problem === 'writeFailed'
            ? t('prepare.lenses.writeFailed')
            : outcome.problem.sentence
        if (options.kind === 'structure') onRefused(sentence)
        return sentence
      },
      // Every keystroke is already written; the merge window ends the run of typing.
      leaveField: () => {},
    }),
    [edits, onRefused, t],
  )
}
