/**
 * The gap ranking: the lenses ordered by how far the agreed target lies from the agreed state of
 * today, each with the key shift the room wrote down. The order itself comes from rankGaps, so the
 * screen, the PDF and the tests all rank the same way. Each ranked gap offers "Make a bet"; the
 * room stays here afterwards, with a link to the bets.
 */
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { betFromGap, rankGaps, type RankedGap } from '@shared/domain'
import type { SessionData } from '../../../store/session/sessionData'
import { BetNotice, noticeKey, type BetNoticeState } from '../../commit/bets/BetNotice'
import { MakeBetButton } from '../../commit/bets/MakeBetButton'
import { commitHref } from '../../commit/commitViews'

/** The widest gap a 1–5 scale allows: a bar of this gap fills its track. */
const WIDEST_GAP = 4

function GapBar({ gap }: { gap: number }) {
  const share = Math.min(Math.abs(gap), WIDEST_GAP) / WIDEST_GAP
  return (
    <span className="gap-bar" aria-hidden="true">
      <span
        className={`gap-bar__fill${gap < 0 ? ' gap-bar__fill--negative' : ''}`}
        style={{ width: `${share * 100}%` }}
      />
    </span>
  )
}

function GapRow({ row, onBet }: { row: RankedGap; onBet: (title: string) => void }) {
  const { t } = useTranslation()
  const score = (value: number | null) => (value === null ? t('compare.notAgreed') : value)
  return (
    <tr className={row.rank === null ? 'gap-ranking__row--unranked' : undefined}>
      <td className="number gap-ranking__rank">{row.rank ?? '–'}</td>
      <th scope="row">{row.title}</th>
      <td className="number">{score(row.current)}</td>
      <td className="number">{score(row.target)}</td>
      <td>
        {row.gap === null ? (
          <span className="gap-ranking__none">{t('compare.noGap')}</span>
        ) : (
          <span className="gap-ranking__gap">
            <span className="gap-ranking__gap-value">
              {t('compare.gaps.gapValue', { count: row.gap })}
            </span>
            <GapBar gap={row.gap} />
          </span>
        )}
      </td>
      <td className="gap-ranking__shift">
        {row.keyShift || <span className="gap-ranking__none">{t('compare.gaps.noShift')}</span>}
      </td>
      <td className="gap-ranking__bet">
        {row.rank !== null && (
          <MakeBetButton
            text={t('compare.gaps.makeBet')}
            label={t('compare.gaps.makeBetLabel', { lens: row.title })}
            draft={(opening) => betFromGap(row, opening)}
            onMade={onBet}
          />
        )}
      </td>
    </tr>
  )
}

export function GapRankingView({ data }: { data: SessionData }) {
  const { t } = useTranslation()
  const headingId = useId()
  const rows = useMemo(() => rankGaps(data), [data])
  const ranked = rows.filter((row) => row.rank !== null).length
  const [notice, setNotice] = useState<BetNoticeState | null>(null)
  const betMade = (title: string) =>
    setNotice({
      text: t('compare.gaps.betAdded', { title }),
      key: noticeKey(),
      link: { href: commitHref(data.workshop.id, 'bets'), label: t('compare.gaps.openBets') },
    })
  return (
    <section className="compare-view gap-ranking" aria-labelledby={headingId}>
      <header className="compare-view__header">
        <h2 id={headingId}>{t('compare.gaps.heading')}</h2>
        <p>{t('compare.gaps.intro')}</p>
      </header>
      {ranked === 0 && <p className="compare-empty">{t('compare.gaps.empty')}</p>}
      <BetNotice
        id="gap-ranking-notice"
        notice={notice}
        onDismiss={() => setNotice(null)}
        dismissLabel={t('compare.gaps.dismiss')}
      />
      <table className="compare-table gap-ranking__table">
        <caption className="visually-hidden">{t('compare.gaps.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              {t('compare.gaps.rank')}
            </th>
            <th scope="col">{t('compare.gaps.lens')}</th>
            <th scope="col" className="number">
              {t('compare.gaps.today')}
            </th>
            <th scope="col" className="number">
              {t('compare.gaps.target')}
            </th>
            <th scope="col">{t('compare.gaps.gap')}</th>
            <th scope="col">{t('compare.gaps.keyShift')}</th>
            <th scope="col" className="gap-ranking__bet">
              <span className="visually-hidden">{t('compare.gaps.bet')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <GapRow key={row.lensId} row={row} onBet={betMade} />
          ))}
        </tbody>
      </table>
    </section>
  )
}
