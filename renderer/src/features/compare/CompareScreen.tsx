/**
 * The compare tab: the room's current and target maps side by side, the gaps ranked, where people
 * disagree, and what moved since an earlier workshop. One view at a time, so each fills the
 * projector; every view reads the open workshop and shows only what the room has already seen.
 */
import { useTranslation } from 'react-i18next'
import { useSession } from '../../store/context'
import type { SessionData } from '../../store/session/sessionData'
import { ViewLinks } from '../../ui/ViewLinks'
import { COMPARE_VIEWS, compareHref, type CompareView } from './compareViews'
import { DisagreementView } from './disagreement/DisagreementView'
import { GapRankingView } from './gaps/GapRankingView'
import { MapsView } from './maps/MapsView'
import { OverTimeView } from './overTime/OverTimeView'
import { RadarView } from './radar/RadarView'

function ViewContent({ view, data }: { view: CompareView; data: SessionData }) {
  switch (view) {
    case 'radar':
      return <RadarView data={data} />
    case 'gaps':
      return <GapRankingView data={data} />
    case 'disagreement':
      return <DisagreementView data={data} />
    case 'maps':
      return <MapsView data={data} />
    case 'over-time':
      return <OverTimeView data={data} />
  }
}

export function CompareScreen({ view }: { view: CompareView }) {
  const { t } = useTranslation()
  const data = useSession((s) => s.data)
  if (!data) return null
  return (
    <div className="compare">
      <ViewLinks
        label={t('compare.views.label')}
        current={view}
        links={COMPARE_VIEWS.map((id) => ({
          id,
          href: compareHref(data.workshop.id, id),
          label: t(`compare.views.${id}`),
        }))}
      />
      <div className="compare__content">
        <ViewContent view={view} data={data} />
      </div>
    </div>
  )
}
