/**
 * The Prepare tab of an open workshop: its details and settings beside the people and the agenda,
 * with the lenses of its own template copy below, which can still be reworded here. Each panel saves its own edits as they happen.
 */
import { useSession } from '../../store/context'
import { DetailsForm } from '../workshop/DetailsForm'
import { AgendaPanel } from './agenda/AgendaPanel'
import { WorkshopLensesPanel } from './lenses/WorkshopLensesPanel'
import { ParticipantsPanel } from './participants/ParticipantsPanel'
import { SettingsPanel } from './SettingsPanel'

export function PreparePage() {
  const workshop = useSession((s) => s.data?.workshop)
  if (!workshop) return null
  return (
    // Keyed by workshop, so drafts of one workshop never show up in the next one opened.
    <div className="prepare" key={workshop.id}>
      <div className="prepare__grid">
        <div className="prepare__column prepare__column--side">
          <DetailsForm workshop={workshop} />
          <SettingsPanel workshop={workshop} />
        </div>
        <div className="prepare__column">
          <ParticipantsPanel />
          <AgendaPanel workshop={workshop} />
        </div>
      </div>
      <WorkshopLensesPanel workshop={workshop} />
    </div>
  )
}
