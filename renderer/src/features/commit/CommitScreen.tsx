/**
 * The commit tab: where the gaps become bets. The room first reviews what an earlier workshop
 * committed to (when this one follows one), then writes bets, spends its dots on them, and puts
 * them in order with a line between what it commits to and what waits.
 */
import { useTranslation } from 'react-i18next'
import { useSession } from '../../store/context'
import type { SessionData } from '../../store/session/sessionData'
import { ViewLinks } from '../../ui/ViewLinks'
import { BetsView } from './bets/BetsView'
import { COMMIT_VIEWS, commitHref, type CommitView } from './commitViews'
import { PrioritiseView } from './prioritise/PrioritiseView'
import { ReviewView } from './revisit/ReviewView'
import { VotingView } from './voting/VotingView'

function ViewContent({ view, data }: { view: CommitView; data: SessionData }) {
  switch (view) {
    case 'review':
      return <ReviewView data={data} />
    case 'bets':
      return <BetsView data={data} />
    case 'vote':
      return <VotingView data={data} />
    case 'prioritise':
      return <PrioritiseView data={data} />
  }
}

/** The review is offered only when an earlier workshop brought bets to review. */
export function commitViewsOf(data: SessionData): CommitView[] {
  const reviewing = (data.workshop.earlier?.bets.length ?? 0) > 0
  return COMMIT_VIEWS.filter((view) => view !== 'review' || reviewing)
}

/** Where the tab opens: the review while an earlier workshop's bets wait for it, else the bets. */
export function startingView(data: SessionData): CommitView {
  const waiting = data.workshop.earlier?.bets.some((bet) => bet.review.outcome === null)
  return waiting ? 'review' : 'bets'
}

export function CommitScreen({ view: chosen }: { view: CommitView | undefined }) {
  const { t } = useTranslation()
  const data = useSession((s) => s.data)
  if (!data) return null
  const view = chosen ?? startingView(data)
  return (
    <div className="commit">
      <ViewLinks
        label={t('commit.views.label')}
        current={view}
        links={commitViewsOf(data).map((id) => ({
          id,
          href: commitHref(data.workshop.id, id),
          label: t(`commit.views.${id}`),
        }))}
      />
      <div className="commit__content">
        <ViewContent view={view} data={data} />
      </div>
    </div>
  )
}
