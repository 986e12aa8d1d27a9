/**
 * The tools above the canvas: add a team or an interaction, lay the map out, fit it to the
 * screen and zoom. Every tool is a labelled button, so none of it needs a mouse.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useReactFlow } from '@xyflow/react'
import { Button } from '../../../ui/Button'
import { FIT_OPTIONS } from '../canvas/MapCanvas'

export const ADD_TEAM_ID = 'map-add-team'
export const ADD_INTERACTION_ID = 'map-add-interaction'

interface Props {
  teamCount: number
  onAddTeam: () => void
  onAddInteraction: () => void
  onAutoLayout: () => void
}

export function MapToolbar({ teamCount, onAddTeam, onAddInteraction, onAutoLayout }: Props) {
  const { t } = useTranslation()
  const flow = useReactFlow()
  const hintId = useId()
  const fewTeams = teamCount < 2
  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('teammap.toolbar.label')}>
      <div className="map-toolbar__group">
        <Button id={ADD_TEAM_ID} variant="primary" onClick={onAddTeam}>
          {t('teammap.toolbar.addTeam')}
        </Button>
        <Button
          id={ADD_INTERACTION_ID}
          onClick={onAddInteraction}
          disabled={fewTeams}
          aria-describedby={fewTeams ? hintId : undefined}
        >
          {t('teammap.toolbar.addInteraction')}
        </Button>
        <Button onClick={onAutoLayout} disabled={teamCount === 0}>
          {t('teammap.toolbar.autoLayout')}
        </Button>
      </div>
      <div className="map-toolbar__group">
        <Button
          variant="quiet"
          onClick={() => void flow.fitView({ ...FIT_OPTIONS, duration: 200 })}
        >
          {t('teammap.toolbar.fit')}
        </Button>
        <Button
          variant="quiet"
          aria-label={t('teammap.toolbar.zoomOut')}
          onClick={() => void flow.zoomOut({ duration: 150 })}
        >
          <span aria-hidden="true">−</span>
        </Button>
        <Button
          variant="quiet"
          aria-label={t('teammap.toolbar.zoomIn')}
          onClick={() => void flow.zoomIn({ duration: 150 })}
        >
          <span aria-hidden="true">+</span>
        </Button>
      </div>
      {fewTeams && (
        <p id={hintId} className="map-toolbar__hint">
          {t('teammap.toolbar.addInteractionNeedsTeams')}
        </p>
      )}
    </div>
  )
}
