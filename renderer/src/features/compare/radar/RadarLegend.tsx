/**
 * The radar chart's legend: each series' label beside a small sample of its line and marker.
 * HTML text, so it wraps, reads aloud in order and keeps the theme's text colours.
 */
import type { RadarSeries } from './RadarChart'
import { RadarMarker } from './RadarMarker'

export function RadarLegend({ series }: { series: readonly RadarSeries[] }) {
  return (
    <ul className="radar-legend">
      {series.map((s) => (
        <li key={s.id} className="radar-legend__item">
          <svg
            className={`radar-legend__sample radar-tone--${s.tone}`}
            viewBox="0 0 44 16"
            aria-hidden="true"
            focusable="false"
          >
            <line className="radar-series__line" x1={2} y1={8} x2={42} y2={8} />
            <RadarMarker tone={s.tone} x={22} y={8} />
          </svg>
          <span>{s.label}</span>
        </li>
      ))}
    </ul>
  )
}
