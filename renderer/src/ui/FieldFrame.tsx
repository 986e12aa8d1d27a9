/**
 * The label, hint and error around a form control (an input in TextField, a textarea, a select),
 * wired for screen readers: the error is announced, linked to the control, and marks it invalid.
 * The control itself is the caller's, given the id and ARIA attributes to spread on it.
 */
import { useId, type ReactNode } from 'react'

export interface ControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

interface Props {
  label: string
  hint?: string | undefined
  error?: string | undefined
  className?: string | undefined
  /**
   * Shows the error without announcing it: for a form that opens with fields still to fill (a
   * new lens), where a dozen alerts at once would drown the screen reader. It is still linked to
   * the control and marks it invalid, so it is read when the field is reached.
   */
  quietError?: boolean
  children: (control: ControlProps) => ReactNode
}

export function FieldFrame({ label, hint, error, className, quietError, children }: Props) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={['field', error ? 'field--invalid' : '', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && (
        <p id={errorId} className="field__error" role={quietError ? undefined : 'alert'}>
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  )
}
