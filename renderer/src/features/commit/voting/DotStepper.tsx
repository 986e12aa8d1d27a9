/**
 * One bet's "−  2  +" for the person being entered. Both buttons stay focusable even when they
 * cannot act (aria-disabled), so a keyboard user is never dropped and hears why instead. "+" and
 * "−" typed anywhere in the stepper work too.
 */
import { useId, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

export interface DotStepperProps {
  title: string
  name: string
  dots: number
  canAdd: boolean
  onAdd: () => void
  onRemove: () => void
}

const ADD_KEYS = new Set(['+', '='])
const REMOVE_KEYS = new Set(['-', '−', '_'])

export function DotStepper({ title, name, dots, canAdd, onAdd, onRemove }: DotStepperProps) {
  const { t } = useTranslation()
  const id = useId()

  function handleKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    if (ADD_KEYS.has(e.key)) onAdd()
    else if (REMOVE_KEYS.has(e.key)) onRemove()
    else return
    e.preventDefault()
  }

  return (
    <div className="dot-stepper">
      <span id={`${id}-title`} className="dot-stepper__title">
        {title}
      </span>
      <div
        role="group"
        className="dot-stepper__controls"
        aria-labelledby={`${id}-title`}
        // The shell's single-key shortcuts stand aside: this group reads + and − itself.
        data-own-keys=""
        onKeyDown={handleKeyDown}
      >
        <button
          type="button"
          className="dot-stepper__button"
          aria-label={t('commit.voting.entry.remove', { bet: title, name })}
          aria-disabled={dots === 0}
          onClick={onRemove}
        >
          <span aria-hidden="true">{t('commit.voting.entry.removeSymbol')}</span>
        </button>
        <span className="dot-stepper__count">
          {t('commit.voting.entry.count', { count: dots })}
        </span>
        <button
          type="button"
          className="dot-stepper__button"
          aria-label={t('commit.voting.entry.add', { bet: title, name })}
          aria-disabled={!canAdd}
          onClick={onAdd}
        >
          <span aria-hidden="true">{t('commit.voting.entry.addSymbol')}</span>
        </button>
      </div>
    </div>
  )
}
