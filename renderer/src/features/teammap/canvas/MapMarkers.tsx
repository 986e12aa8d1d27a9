/**
 * The arrow heads of the modes that have one, defined once for the whole canvas: every edge
 * refers to its mode's marker by id instead of drawing its own.
 */
import { INTERACTION_MODES, type InteractionMode } from '@shared/domain'
import { MODE_LINES } from '../drawing/teamShapes'

export const markerId = (mode: InteractionMode) => `map-editor-arrow-${mode}`

export function MapMarkers() {
  return (
    <svg className="map-markers" aria-hidden="true" width="0" height="0">
      <defs>
        {INTERACTION_MODES.filter((mode) => MODE_LINES[mode].arrow).map((mode) => (
          <marker
            key={mode}
            id={markerId(mode)}
            viewBox="0 0 10 10"
            refX={8}
            refY={5}
            markerWidth={5}
            markerHeight={5}
            orient="auto-start-reverse"
          >
            <path className={`map-arrow map-arrow--${mode}`} d="M0 0L10 5L0 10Z" />
          </marker>
        ))}
      </defs>
    </svg>
  )
}
