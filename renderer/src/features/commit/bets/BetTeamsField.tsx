/**
 * Which teams on the map a bet changes: a checkbox per team of either map, so the commit step
 * connects to the map. Hidden while no map has a team, since there is nothing to choose then.
 */
import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { teamChoices, type MapElement } from '@shared/domain'
import { useSession } from '../../../store/context'

const NO_ELEMENTS: MapElement[] = []

interface Props {
  value: readonly string[]
  error?: string
  onChange: (teamKeys: string[]) => void
}

export function BetTeamsField({ value, error, onChange }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const elements = useSession((s) => s.data?.mapElements ?? NO_ELEMENTS)
  const choices = useMemo(() => teamChoices(elements), [elements])
  if (choices.length === 0) return null
  const chosen = new Set(value)

  function toggle(key: string, on: boolean) {
    // Kept in the order of the list, so the same choice is always stored the same way.
    const next = new Set(chosen)
    if (on) next.add(key)
    else next.delete(key)
    onChange(choices.filter((c) => next.has(c.key)).map((c) => c.key))
  }

  return (
    <fieldset
      className="bet-form__teams"
      aria-describedby={error ? `${id}-error` : `${id}-hint`}
      aria-invalid={error ? true : undefined}
    >
      <legend>{t('commit.bets.form.teams')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('commit.bets.form.teamsHint')}
      </p>
      <ul className="bet-form__team-list">
        {choices.map((choice) => (
          <li key={choice.key}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={chosen.has(choice.key)}
                onChange={(e) => toggle(choice.key, e.target.checked)}
              />
              <span>
                {choice.name}
                {choice.on !== 'both' && (
                  <span className="bet-form__team-where">
                    {' '}
                    {t(`commit.bets.form.teamOn.${choice.on}`)}
                  </span>
                )}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
