/**
 * The Map tab: today's team map, the target one (each an editor with a canvas and a list), and
 * the changes between them. One view at a time, so each fills the projector.
 */
import { useTranslation } from 'react-i18next'
import { useSession } from '../../store/context'
import { ViewLinks } from '../../ui/ViewLinks'
import { MapDiffView } from './diff/MapDiffView'
import { MapEditor } from './editor/MapEditor'
import { isMapSide, MAP_VIEWS, mapHref, type MapView } from './mapViews'

export function MapScreen({ view }: { view: MapView }) {
  const { t } = useTranslation()
  const data = useSession((s) => s.data)
  if (!data) return null
  return (
    <div className="map-screen">
      <ViewLinks
        label={t('teammap.views.label')}
        current={view}
        links={MAP_VIEWS.map((id) => ({
          id,
          href: mapHref(data.workshop.id, id),
          label: t(`teammap.views.${id}`),
        }))}
      />
      {isMapSide(view) ? (
        // Keyed by side: the canvas's local state (selection, viewport) belongs to one map.
        <MapEditor key={view} side={view} data={data} />
      ) : (
        <MapDiffView data={data} />
      )}
    </div>
  )
}
