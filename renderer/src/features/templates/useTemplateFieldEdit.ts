/**
 * The props every text field of the editor shares: typing goes to the store as a text edit
 * keyed by field (one undo step per run of typing), and leaving the field ends the run and
 * writes what is waiting.
 */
import { useCallback } from 'react'
import type { Template } from '@shared/domain'
import { useTemplateActions } from '../../store/context'

export function useTemplateFieldEdit() {
  const actions = useTemplateActions()
  return useCallback(
    (key: string, change: (template: Template, value: string) => Template) => ({
      onChange: (event: { target: { value: string } }) => {
        const value = event.target.value
        actions.edit((template) => change(template, value), { kind: 'text', key })
      },
      onBlur: () => {
        actions.endTypingRun()
        void actions.flush()
      },
    }),
    [actions],
  )
}
