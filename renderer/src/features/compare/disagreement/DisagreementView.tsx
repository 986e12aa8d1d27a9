/**
 * The disagreement view: how differently the people in the room see each lens. Reads only the
 * ratings the room has already seen revealed; in an anonymous workshop nobody is named.
 */
import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { disagreement, heatmap, radarSeries } from '@shared/domain'
import type { SessionData } from '../../../store/session/sessionData'
import { Heatmap } from './Heatmap'
import { FlaggedSummary, LensSpreadList, type AgreedScores } from './LensSpreadList'
import { roomLabels } from '../roomLabels'

export function DisagreementView({ data }: { data: SessionData }) {
  const { t } = useTranslation()
  const id = useId()
  const { rows, lenses, agreed } = useMemo(
    () => ({
      rows: heatmap(data),
      lenses: disagreement(data),
      agreed: new Map<string, AgreedScores>(
        radarSeries(data).map((point) => [
          point.lensId,
          { current: point.current, target: point.target },
        ]),
      ),
    }),
    [data],
  )
  const labels = roomLabels(rows, data.workshop.anonymous, (number) =>
    t('compare.person', { number }),
  )
  const anyRevealed = rows.some((row) =>
    lenses.some(({ lensId }) => {
      const cell = Object.hasOwn(row.cells, lensId) ? row.cells[lensId] : undefined
      return cell !== undefined && (cell.current !== null || cell.target !== null)
    }),
  )

  return (
    <section className="compare-view disagreement" aria-labelledby={id}>
      <header className="compare-view__header">
        <h2 id={id}>{t('compare.disagreement.heading')}</h2>
        <p>{t('compare.disagreement.intro')}</p>
      </header>
      {anyRevealed ? (
        <>
          <FlaggedSummary lenses={lenses} />
          <Heatmap rows={rows} lenses={lenses} labels={labels} />
          <LensSpreadList lenses={lenses} agreed={agreed} labels={labels} />
        </>
      ) : (
        <p className="compare-empty">{t('compare.disagreement.empty')}</p>
      )}
    </section>
  )
}
