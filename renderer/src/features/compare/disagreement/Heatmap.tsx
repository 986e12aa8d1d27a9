/**
 * People × lenses: everyone's revealed rating of today, their target, or their own gap, one at a
 * time behind a switch so the projector shows a single large table.
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { HeatmapRow, LensDisagreement } from '@shared/domain'
import { HeatmapCell, type HeatCell, type HeatMode } from './HeatmapCell'

const MODES: readonly HeatMode[] = ['current', 'target', 'gap']

interface HeatmapProps {
  rows: readonly HeatmapRow[]
  lenses: readonly Pick<LensDisagreement, 'lensId' | 'title'>[]
  labels: ReadonlyMap<string, string>
}

/** Lens ids are arbitrary text: 'constructor' must not find Object's. */
function cellOf(row: HeatmapRow, lensId: string): HeatCell | undefined {
  return Object.hasOwn(row.cells, lensId) ? row.cells[lensId] : undefined
}

export function Heatmap({ rows, lenses, labels }: HeatmapProps) {
  const { t } = useTranslation()
  const id = useId()
  const [mode, setMode] = useState<HeatMode>('current')
  return (
    <div className="heatmap">
      <fieldset className="heatmap__switch">
        <legend className="heatmap__legend-label">{t('compare.disagreement.heatmap.show')}</legend>
        <div className="heatmap__options">
          {MODES.map((option) => (
            <label key={option} className="heatmap__option">
              <input
                type="radio"
                className="heatmap__input"
                name={`${id}-mode`}
                value={option}
                checked={mode === option}
                onChange={() => setMode(option)}
              />
              <span>{t(`compare.disagreement.heatmap.modes.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {/* Focusable so keyboard users can scroll it on a small screen. */}
      <div
        className="heatmap__scroll"
        tabIndex={0}
        role="region"
        aria-label={t('compare.disagreement.heatmap.scrollLabel')}
      >
        <table className="heatmap__table">
          <caption>{t(`compare.disagreement.heatmap.caption.${mode}`)}</caption>
          <thead>
            <tr>
              <th scope="col" className="heatmap__corner">
                {t('compare.disagreement.heatmap.personColumn')}
              </th>
              {lenses.map((lens) => (
                <th key={lens.lensId} scope="col">
                  {lens.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.participantId}>
                <th scope="row">{labels.get(row.participantId)}</th>
                {lenses.map((lens) => (
                  <HeatmapCell key={lens.lensId} cell={cellOf(row, lens.lensId)} mode={mode} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="heatmap__legend">
        {t(`compare.disagreement.heatmap.legend.${mode === 'gap' ? 'gap' : 'level'}`)}
      </p>
    </div>
  )
}
