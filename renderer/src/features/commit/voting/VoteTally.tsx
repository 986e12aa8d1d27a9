/**
 * The revealed count: bets from most dots to fewest, each with its rank, its count, a bar to
 * compare at a glance and, when bets share a count, who it is tied with. Names appear only in a
 * named workshop; an anonymous one never shows who put dots where.
 */
import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { isVotedOn, tallyVotes, type Bet, type BetTally } from '@shared/domain'
import { i18n } from '../../../i18n'
import { listFormat } from '../../../i18n/formatters'
import { Button } from '../../../ui/Button'
import type { VotingRound } from './votingRound'

interface TallyRowProps {
  row: BetTally
  bet: Bet
  tiedWith: string[]
  most: number
  voters: string[] | null
}

function TallyRow({ row, bet, tiedWith, most, voters }: TallyRowProps) {
  const { t } = useTranslation()
  const list = listFormat(i18n.language, { type: 'conjunction' })
  return (
    <li className={`vote-tally__row${row.dots === 0 ? ' vote-tally__row--none' : ''}`}>
      <span className="vote-tally__rank">
        {row.rank === null
          ? t('commit.voting.tally.unranked')
          : t('commit.voting.tally.rank', { rank: row.rank })}
      </span>
      <span className="vote-tally__title">
        {bet.title}
        {!isVotedOn(bet) && (
          <span className="vote-tally__status">{t(`commit.status.${bet.status}`)}</span>
        )}
      </span>
      <span className="vote-tally__count">
        {t('commit.voting.tally.dots', { count: row.dots })}
      </span>
      <span className="vote-bar" aria-hidden="true">
        <span
          className="vote-bar__fill"
          style={{ width: `${most ? (row.dots / most) * 100 : 0}%` }}
        />
      </span>
      {row.tied && (
        <span className="vote-tally__tied">
          <span className="vote-tally__badge" aria-hidden="true">
            {t('commit.voting.tally.tied')}
          </span>
          {t('commit.voting.tally.tiedWith', { titles: list.format(tiedWith) })}
        </span>
      )}
      {voters && voters.length > 0 && (
        <span className="vote-tally__voters">
          {t('commit.voting.tally.voters', { names: list.format(voters) })}
        </span>
      )}
    </li>
  )
}

export interface VoteTallyProps {
  round: VotingRound
  headingId: string
  onHide: () => void
  /** The heading takes focus after the reveal, which removed the button that was used. */
  ref?: Ref<HTMLHeadingElement>
}

export function VoteTally({ round, headingId, onHide, ref }: VoteTallyProps) {
  const { t } = useTranslation()
  const betsById = new Map(round.bets.map((b) => [b.id, b]))
  // Settled bets are listed only if they still carry dots from before they were settled.
  const rows = tallyVotes(round.bets, round.votes).flatMap((row) => {
    const bet = betsById.get(row.betId)
    return bet && (row.dots > 0 || isVotedOn(bet)) ? [{ ...row, bet }] : []
  })
  const most = rows[0]?.dots ?? 0

  function votersOf(betId: string): string[] | null {
    if (round.anonymous) return null
    return round.participants.flatMap((p) => {
      const vote = round.votes.find((v) => v.participantId === p.id && v.betId === betId)
      return vote ? [t('commit.voting.tally.voter', { name: p.name, count: vote.dots })] : []
    })
  }

  return (
    <section className="vote-tally" aria-labelledby={headingId}>
      <div className="vote-tally__top">
        <h3 id={headingId} ref={ref} tabIndex={-1}>
          {t('commit.voting.tally.heading')}
        </h3>
        <Button variant="secondary" onClick={onHide}>
          {t('commit.voting.tally.hide')}
        </Button>
      </div>
      <p className="vote-tally__hint">
        {round.anonymous && `${t('commit.voting.tally.anonymousNote')} `}
        {t('commit.voting.tally.hideHint')}
      </p>
      <ol className="vote-tally__list" aria-label={t('commit.voting.tally.list')}>
        {rows.map((row) => (
          <TallyRow
            key={row.betId}
            row={row}
            bet={row.bet}
            most={most}
            tiedWith={rows
              .filter((other) => other.tied && other.dots === row.dots && other !== row)
              .map((other) => other.bet.title)}
            voters={votersOf(row.betId)}
          />
        ))}
      </ol>
    </section>
  )
}
