/**
 * A labelled text input with an optional hint and error, wired for screen readers: the error is
 * announced and linked to the input, and the input is marked invalid (FieldFrame).
 */
import type { InputHTMLAttributes, Ref } from 'react'
import { FieldFrame } from './FieldFrame'

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string
  hint?: string
  error?: string | undefined
  ref?: Ref<HTMLInputElement>
}

export function TextField({ label, hint, error, className, ref, ...input }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => <input ref={ref} className="field__input" {...control} {...input} />}
    </FieldFrame>
  )
}
