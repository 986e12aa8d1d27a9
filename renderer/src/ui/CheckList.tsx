/**
 * A group of checkboxes with a legend, a hint and an error wired to it: the lenses a team speaks
 * to, the teams attending a ritual, the teams a bet changes. The choice is kept in the options'
 * order, so the same choice is always stored the same way.
 */
import { useId } from 'react'

export interface CheckOption {
  id: string
  label: string
}

interface Props {
  legend: string
  hint?: string | undefined
  error?: string | undefined
  options: readonly CheckOption[]
  value: readonly string[]
  onChange: (value: string[]) => void
  /** Said instead of the boxes when there is nothing to choose. */
  empty?: string
}

export function CheckList({ legend, hint, error, options, value, onChange, empty }: Props) {
  const id = useId()
  const chosen = new Set(value)
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ')

  function toggle(option: string, on: boolean) {
    const next = new Set(chosen)
    if (on) next.add(option)
    else next.delete(option)
    onChange(options.filter((o) => next.has(o.id)).map((o) => o.id))
  }

  return (
    <fieldset
      className={`check-group${error ? ' field--invalid' : ''}`}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {options.length === 0 && empty ? (
        <p className="field__hint">{empty}</p>
      ) : (
        <ul className="check-group__list">
          {options.map((option) => (
            <li key={option.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.has(option.id)}
                  onChange={(e) => toggle(option.id, e.target.checked)}
                />
                <span>{option.label}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
