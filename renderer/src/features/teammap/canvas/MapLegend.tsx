/**
 * What the shapes and lines mean, always beside the editor's canvas: every team type and every
 * interaction mode (not only those drawn), so the room sees what it can choose from.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { INTERACTION_MODES, TEAM_TYPES } from '@shared/domain'
import {
  MODE_LINES,
  modeClass,
  TEAM_SIZES,
  teamShapePath,
  teamTypeClass,
} from '../drawing/teamShapes'
import { markerId } from './MapMarkers'

const MARK = { width: 44, height: 24 }

function TypeMark({ type }: { type: (typeof TEAM_TYPES)[number] }) {
  const { width, height } = TEAM_SIZES[type]
  const scale = Math.min((MARK.width - 4) / width, (MARK.height - 4) / height)
  const x = (MARK.width - width * scale) / 2
  const y = (MARK.height - height * scale) / 2
  return (
    <svg className="map-legend__mark" width={MARK.width} height={MARK.height} aria-hidden="true">
      <path
        className={`team-shape ${teamTypeClass(type)}`}
        d={teamShapePath(type)}
        transform={`translate(${x} ${y}) scale(${scale})`}
        strokeWidth={1.5 / scale}
      />
    </svg>
  )
}

function ModeMark({ mode }: { mode: (typeof INTERACTION_MODES)[number] }) {
  const line = MODE_LINES[mode]
  return (
    <svg className="map-legend__mark" width={MARK.width} height={MARK.height} aria-hidden="true">
      <line
        className={modeClass(mode)}
        x1={2}
        y1={MARK.height / 2}
        x2={MARK.width - (line.arrow ? 8 : 2)}
        y2={MARK.height / 2}
        strokeWidth={line.width}
        strokeDasharray={line.dash || undefined}
        markerEnd={line.arrow ? `url(#${markerId(mode)})` : undefined}
      />
    </svg>
  )
}

export function MapLegend() {
  const { t } = useTranslation()
  const id = useId()
  return (
    <section className="map-legend" aria-labelledby={id}>
      <h3 id={id} className="map-legend__heading">
        {t('teammap.legend.heading')}
      </h3>
      <div className="map-legend__groups">
        <div>
          <h4 className="map-legend__group">{t('teammap.legend.types')}</h4>
          <ul className="map-legend__list">
            {TEAM_TYPES.map((type) => (
              <li key={type} className="map-legend__entry">
                <TypeMark type={type} />
                {t(`teammap.view.types.${type}`)}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h4 className="map-legend__group">{t('teammap.legend.modes')}</h4>
          <ul className="map-legend__list">
            {INTERACTION_MODES.map((mode) => (
              <li key={mode} className="map-legend__entry">
                <ModeMark mode={mode} />
                {t(`teammap.view.modes.${mode}`)}
                {MODE_LINES[mode].arrow && (
                  <span className="visually-hidden">, {t('teammap.legend.arrow')}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  )
}
