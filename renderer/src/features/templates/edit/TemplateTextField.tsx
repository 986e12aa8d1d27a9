/**
 * One text of a template (a name, title, question, prompt or level): what the facilitator types
 * stays in the field while they type, goes to the edit target at each keystroke, and the
 * target's refusal (a workshop's copy is never left incomplete) is shown in its place of the
 * field's problem. A field's problem is announced only once the facilitator has typed in it.
 */
import { useState, type ChangeEvent } from 'react'
import type { Template } from '@shared/domain'
import { FieldFrame } from '../../../ui/FieldFrame'
import { useTemplateEditTarget } from './templateEditTarget'

interface Props {
  label: string
  value: string
  /** Which field, so a run of typing in it is one undo step. */
  editKey: string
  change: (template: Template, value: string) => Template
  /** What is wrong with the stored text, from the template's problems. */
  error?: string | undefined
  readOnly?: boolean
  /** Several lines (a question, a prompt, a description) rather than one. */
  multiline?: boolean
  hint?: string
}

export function TemplateTextField(props: Props) {
  const { label, value, editKey, change, error, readOnly, multiline, hint } = props
  const target = useTemplateEditTarget()
  const [typing, setTyping] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [touched, setTouched] = useState(false)
  // Undo and redo change the stored text under the field: it follows them unless someone types.
  const shown = typing ?? value

  function onChange(event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) {
    const text = event.target.value
    setTyping(text)
    setTouched(true)
    void target
      .edit((template) => change(template, text), { kind: 'text', key: editKey })
      .then(setRefusal)
  }

  function onBlur() {
    // A refused text stays in the field with its reason, so nothing typed is silently dropped.
    if (refusal === null) setTyping(null)
    target.leaveField()
  }

  return (
    <FieldFrame label={label} hint={hint} error={refusal ?? error} quietError={!touched}>
      {(control) =>
        multiline ? (
          <textarea
            className="field__input field__input--multiline"
            rows={2}
            value={shown}
            readOnly={readOnly}
            {...control}
            {...(readOnly ? {} : { onChange, onBlur })}
          />
        ) : (
          <input
            className="field__input"
            value={shown}
            readOnly={readOnly}
            {...control}
            {...(readOnly ? {} : { onChange, onBlur })}
          />
        )
      }
    </FieldFrame>
  )
}
