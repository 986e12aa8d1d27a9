/**
 * The commit line between the committed bets and those that wait: drawn across the list so the
 * room sees it from the back, with buttons that move it one bet up or down.
 */
import { useTranslation } from 'react-i18next'
import { Button } from '../../../ui/Button'
import { ArrowIcon } from '../../../ui/icons'
import type { PriorityActions } from './usePriorityActions'

interface Props {
  /** How many bets are above the line, and how many the line can have above it at most. */
  committed: number
  total: number
  actions: PriorityActions
}

export function CommitLine({ committed, total, actions }: Props) {
  const { t } = useTranslation()
  return (
    <div className="commit-line" role="group" aria-label={t('commit.prioritise.line.label')}>
      <span className="commit-line__rule" aria-hidden="true" />
      <p className="commit-line__text">{t('commit.prioritise.line.text')}</p>
      <div className="commit-line__buttons">
        <Button
          data-line-part="up"
          disabled={committed === 0}
          onClick={() => void actions.moveLine(-1)}
        >
          <ArrowIcon direction="up" />
          {t('commit.prioritise.line.up')}
        </Button>
        <Button
          data-line-part="down"
          disabled={committed >= total}
          onClick={() => void actions.moveLine(1)}
        >
          <ArrowIcon direction="down" />
          {t('commit.prioritise.line.down')}
        </Button>
      </div>
    </div>
  )
}
