/**
 * Which teams on the map a bet changes: a checkbox per team of either map, so the commit step
 * connects to the map. Hidden while no map has a team, since there is nothing to choose then.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { teamChoices, type MapElement } from '@shared/domain'
import { useSession } from '../../../store/context'
import { CheckList } from '../../../ui/CheckList'

const NO_ELEMENTS: MapElement[] = []

interface Props {
  value: readonly string[]
  error?: string | undefined
  onChange: (teamKeys: string[]) => void
}

export function BetTeamsField({ value, error, onChange }: Props) {
  const { t } = useTranslation()
  const elements = useSession((s) => s.data?.mapElements ?? NO_ELEMENTS)
  const options = useMemo(
    () =>
      teamChoices(elements).map((choice) => ({
        id: choice.key,
        label:
          choice.on === 'both'
            ? choice.name
            : `${choice.name} ${t(`commit.bets.form.teamOn.${choice.on}`)}`,
      })),
    [elements, t],
  )
  if (options.length === 0) return null
  return (
    <CheckList
      legend={t('commit.bets.form.teams')}
      hint={t('commit.bets.form.teamsHint')}
      error={error}
      options={options}
      value={value}
      onChange={onChange}
    />
  )
}
