/**
 * Per lens: how far apart the room's ratings are today and for the target, who is furthest from
 * the agreed score, and a flag where everyone agrees on the scores but not on the gap.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { LensDisagreement, MaturityLevel, RatingState } from '@shared/domain'
import { RATING_STATES } from '@shared/domain'
import { listFormat } from '../../../i18n/formatters'

export type AgreedScores = Record<RatingState, MaturityLevel | null>

interface LensSpreadListProps {
  lenses: readonly LensDisagreement[]
  agreed: ReadonlyMap<string, AgreedScores>
  labels: ReadonlyMap<string, string>
}

function useListFormat() {
  const { i18n } = useTranslation()
  const format = listFormat(i18n.language, { style: 'long', type: 'conjunction' })
  return (items: string[]) => format.format(items)
}

interface FactProps {
  lens: LensDisagreement
  state: RatingState
  agreed: MaturityLevel | null
}

function Spread({ lens, state, agreed }: FactProps) {
  const { t } = useTranslation()
  const range = lens[state].range
  const spread =
    range === null
      ? t('compare.disagreement.lenses.noRatings')
      : t('compare.disagreement.lenses.range', { count: range })
  return (
    <div className="lens-spread__fact">
      <dt>{t(`compare.disagreement.lenses.spread.${state}`)}</dt>
      <dd>
        {agreed === null
          ? spread
          : t('compare.disagreement.lenses.withAgreed', { spread, level: agreed })}
      </dd>
    </div>
  )
}

function Furthest({
  lens,
  state,
  agreed,
  labels,
}: FactProps & { labels: ReadonlyMap<string, string> }) {
  const { t } = useTranslation()
  const list = useListFormat()
  const { range, furthest } = lens[state]
  let text: string
  if (agreed === null) text = t('compare.disagreement.lenses.noAgreed')
  else if (range === null) text = t('compare.disagreement.lenses.noRatings')
  else if (furthest.length === 0) text = t('compare.disagreement.lenses.nobodyFar')
  else {
    const people = list(furthest.map((person) => labels.get(person.participantId) ?? ''))
    // Everyone listed is tied at the same distance.
    const count = furthest[0]?.distance ?? 0
    text = t('compare.disagreement.lenses.furthestPeople', { people, count })
  }
  return (
    <div className="lens-spread__fact">
      <dt>{t(`compare.disagreement.lenses.furthest.${state}`)}</dt>
      <dd>{text}</dd>
    </div>
  )
}

interface LensSpreadProps {
  lens: LensDisagreement
  agreed: AgreedScores
  labels: ReadonlyMap<string, string>
}

function LensSpread({ lens, agreed, labels }: LensSpreadProps) {
  const { t } = useTranslation()
  const id = useId()
  const flagged = lens.agreesOnScoreNotGap
  return (
    <li className={`lens-spread${flagged ? ' lens-spread--flagged' : ''}`} aria-labelledby={id}>
      <h4 id={id} className="lens-spread__title">
        {lens.title}
      </h4>
      {flagged && (
        <div className="lens-spread__flag">
          <p className="lens-spread__badge">{t('compare.disagreement.lenses.flag')}</p>
          <p className="lens-spread__explanation">
            {t('compare.disagreement.lenses.flagExplanation', { count: lens.gapRange ?? 0 })}
          </p>
        </div>
      )}
      <dl className="lens-spread__facts">
        {RATING_STATES.map((state) => (
          <Spread key={state} lens={lens} state={state} agreed={agreed[state]} />
        ))}
        {RATING_STATES.map((state) => (
          <Furthest key={state} lens={lens} state={state} agreed={agreed[state]} labels={labels} />
        ))}
      </dl>
    </li>
  )
}

/** The line above everything: which lenses hide a disagreement behind agreeing scores. */
export function FlaggedSummary({ lenses }: { lenses: readonly LensDisagreement[] }) {
  const { t } = useTranslation()
  const list = useListFormat()
  const flagged = lenses.filter((lens) => lens.agreesOnScoreNotGap)
  return (
    <p
      className={`disagreement__summary${flagged.length > 0 ? ' disagreement__summary--flagged' : ''}`}
    >
      {flagged.length === 0
        ? t('compare.disagreement.lenses.noneFlagged')
        : t('compare.disagreement.lenses.summary', {
            count: flagged.length,
            lenses: list(flagged.map((lens) => lens.title)),
          })}
    </p>
  )
}

export function LensSpreadList({ lenses, agreed, labels }: LensSpreadListProps) {
  const { t } = useTranslation()
  const id = useId()
  const none: AgreedScores = { current: null, target: null }
  return (
    <section className="lens-spreads" aria-labelledby={id}>
      <h3 id={id}>{t('compare.disagreement.lenses.heading')}</h3>
      <ul className="lens-spreads__list">
        {lenses.map((lens) => (
          <LensSpread
            key={lens.lensId}
            lens={lens}
            agreed={agreed.get(lens.lensId) ?? none}
            labels={labels}
          />
        ))}
      </ul>
    </section>
  )
}
