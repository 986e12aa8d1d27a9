/**
 * One bet in the bets view: its title and hypothesis large enough for the room, then who owns it,
 * by when, how big, which lens it answers (with that lens's agreed gap), which teams on the map it
 * changes and when it is reviewed.
 * Edit and Delete name the bet, so a screen reader says which bet each belongs to.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { gapOfBet, teamNames, type Bet, type RankedGap, type Workshop } from '@shared/domain'
import { useSession } from '../../../store/context'
import { formatCalendarDate } from '../../../i18n/format'
import { Button } from '../../../ui/Button'
import { isBetSize, lensTitle } from './betText'

interface Props {
  bet: Bet
  workshop: Workshop
  gaps: readonly RankedGap[]
  editId: string
  deleteId: string
  onEdit: () => void
  onDelete: () => void
}

function Fact({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation()
  return (
    <div className="bet-item__fact">
      <dt>{label}</dt>
      {value ? <dd>{value}</dd> : <dd className="bet-item__unset">{t('commit.bets.notSet')}</dd>}
    </div>
  )
}

function useLensText(bet: Bet, workshop: Workshop, gaps: readonly RankedGap[]): string {
  const { t } = useTranslation()
  if (bet.lensId === null) return t('commit.bets.noLens')
  const lens = lensTitle(workshop, bet.lensId)
  const gap = gapOfBet(bet, gaps)
  return gap === null
    ? t('commit.bets.lensNoGap', { lens })
    : t('commit.bets.lensGap', { lens, count: gap })
}

export function BetItem({ bet, workshop, gaps, editId, deleteId, onEdit, onDelete }: Props) {
  const { t } = useTranslation()
  const titleId = useId()
  const lens = useLensText(bet, workshop, gaps)
  const status = t(`commit.status.${bet.status}`)
  const size = isBetSize(bet.size) ? t(`commit.bets.form.sizes.${bet.size}`) : bet.size
  const teams = useSession((s) =>
    bet.teamKeys.length === 0 ? '' : teamNames(s.data?.mapElements ?? [], bet.teamKeys).join(', '),
  )
  return (
    <li className="bet-item">
      <article className="bet-item__body" aria-labelledby={titleId}>
        <header className="bet-item__header">
          <h3 id={titleId} className="bet-item__title">
            {bet.title}
          </h3>
          <p className={`bet-status bet-status--${bet.status}`}>
            <span aria-hidden="true">{status}</span>
            <span className="visually-hidden">{t('commit.bets.statusIs', { status })}</span>
          </p>
        </header>
        {bet.hypothesis && <p className="bet-item__hypothesis">{bet.hypothesis}</p>}
        <dl className="bet-item__facts">
          <Fact label={t('commit.bets.facts.owner')} value={bet.owner} />
          <Fact label={t('commit.bets.facts.horizon')} value={bet.horizon} />
          <Fact label={t('commit.bets.facts.size')} value={size} />
          <Fact label={t('commit.bets.facts.lens')} value={lens} />
          {teams && <Fact label={t('commit.bets.facts.teams')} value={teams} />}
          <Fact
            label={t('commit.bets.facts.reviewDate')}
            value={bet.reviewDate ? formatCalendarDate(bet.reviewDate) : ''}
          />
        </dl>
        {(bet.risk || bet.upside) && (
          <dl className="bet-item__reasons">
            {bet.risk && (
              <div>
                <dt>{t('commit.bets.facts.risk')}</dt>
                <dd>{bet.risk}</dd>
              </div>
            )}
            {bet.upside && (
              <div>
                <dt>{t('commit.bets.facts.upside')}</dt>
                <dd>{bet.upside}</dd>
              </div>
            )}
          </dl>
        )}
        <div className="bet-item__actions">
          <Button
            id={editId}
            variant="quiet"
            aria-label={t('commit.bets.editLabel', { title: bet.title })}
            onClick={onEdit}
          >
            {t('commit.bets.edit')}
          </Button>
          <Button
            id={deleteId}
            variant="quiet"
            className="bet-item__delete"
            aria-label={t('commit.bets.deleteLabel', { title: bet.title })}
            onClick={onDelete}
          >
            {t('commit.bets.delete')}
          </Button>
        </div>
      </article>
    </li>
  )
}
