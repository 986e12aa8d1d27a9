/**
 * The prioritise view: the bets as one ordered list cut by the commit line (the room commits to
 * what is above it, the rest waits), and a parking lot for ideas that did not fit. Bets move by
 * dragging (pointer or keyboard) or by buttons; every move is saved and undoable. The dots are
 * shown only once the votes are revealed.
 */
import { useCallback, useId, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { DndContext, DragOverlay } from '@dnd-kit/core'
import { dotsByBet, isPriorityGroup, type Bet } from '@shared/domain'
import type { SessionData } from '../../../store/session/sessionData'
import { Button } from '../../../ui/Button'
import { useListsDrag } from '../../../ui/useListsDrag'
import { commitHref } from '../commitViews'
import { useBetAnnouncements } from './betAnnouncements'
import { BetGroup } from './BetGroup'
import { CommitLine } from './CommitLine'
import { GROUP_LAYOUT, groupLists, type GroupLists } from './priorityLists'
import { BetSummary } from './PriorityBet'
import { usePriorityActions, type PriorityActions } from './usePriorityActions'

export function PrioritiseView({ data }: { data: SessionData }) {
  const { t } = useTranslation()
  const headingId = useId()
  const root = useRef<HTMLElement>(null)
  const byId = useMemo(() => new Map(data.bets.map((b) => [b.id, b])), [data.bets])
  const stored = useMemo(() => groupLists(data.bets), [data.bets])
  const revealed = data.workshop.voting.revealed
  // Before the reveal nothing about the dots may show, not even a zero.
  const dots = useMemo(() => (revealed ? dotsByBet(data.votes) : null), [revealed, data.votes])
  const closed = data.bets.filter((b) => !isPriorityGroup(b.status))
  const actions = usePriorityActions(root)

  return (
    <section ref={root} className="commit-view prioritise" aria-labelledby={headingId}>
      <header className="commit-view__header">
        <h2 id={headingId}>{t('commit.prioritise.heading')}</h2>
        <p>{t('commit.prioritise.intro')}</p>
      </header>
      {data.bets.length === closed.length ? (
        <p className="commit-empty">
          {t('commit.prioritise.empty')}{' '}
          <Link href={commitHref(data.workshop.id, 'bets')}>
            {t('commit.prioritise.emptyLink')}
          </Link>
        </p>
      ) : (
        <>
          <OrderByVotes revealed={revealed} onOrder={actions.seedFromVotes} />
          <PriorityBoard stored={stored} byId={byId} dots={dots} actions={actions} />
        </>
      )}
      {closed.length > 0 && <ClosedBets bets={closed} />}
      <p className="prioritise__notice" role="status">
        {actions.notice && <span key={actions.notice.key}>{actions.notice.text}</span>}
      </p>
    </section>
  )
}

interface BoardProps {
  stored: GroupLists
  byId: ReadonlyMap<string, Bet>
  dots: ReadonlyMap<string, number> | null
  actions: PriorityActions
}

function PriorityBoard({ stored, byId, dots, actions }: BoardProps) {
  const drag = useListsDrag(stored, GROUP_LAYOUT, actions.drop)
  const titleOf = useCallback((id: string) => byId.get(id)?.title ?? '', [byId])
  const accessibility = useBetAnnouncements(titleOf, drag.placeOf)
  const { lists } = drag
  const betsOf = (ids: string[]) => ids.flatMap((id) => byId.get(id) ?? [])
  const active = drag.activeId ? byId.get(drag.activeId) : undefined

  return (
    <DndContext {...drag.dndProps} accessibility={accessibility}>
      <div className="prioritise__board">
        <div className="prioritise__list">
          <BetGroup
            group="committed"
            bets={betsOf(lists.committed)}
            firstRank={1}
            dots={dots}
            actions={actions}
          />
          <CommitLine
            committed={stored.committed.length}
            total={stored.committed.length + stored.proposed.length}
            actions={actions}
          />
          <BetGroup
            group="proposed"
            bets={betsOf(lists.proposed)}
            firstRank={lists.committed.length + 1}
            dots={dots}
            actions={actions}
          />
        </div>
        <BetGroup
          group="parked"
          bets={betsOf(lists.parked)}
          firstRank={null}
          dots={dots}
          actions={actions}
        />
      </div>
      <DragOverlay dropAnimation={drag.dropAnimation}>
        {active && (
          <div className="priority-bet priority-bet--overlay">
            <BetSummary bet={active} dots={dots ? (dots.get(active.id) ?? 0) : null} />
          </div>
        )}
      </DragOverlay>
    </DndContext>
  )
}

function OrderByVotes({ revealed, onOrder }: { revealed: boolean; onOrder: () => unknown }) {
  const { t } = useTranslation()
  const noteId = useId()
  return (
    <div className="prioritise__votes">
      <Button disabled={!revealed} aria-describedby={noteId} onClick={() => void onOrder()}>
        {t('commit.prioritise.votes.order')}
      </Button>
      <p id={noteId} className="prioritise__votes-note">
        {t(revealed ? 'commit.prioritise.votes.note' : 'commit.prioritise.votes.hidden')}
      </p>
    </div>
  )
}

/** Done and dropped bets: not prioritised, listed so that nobody wonders where they went. */
function ClosedBets({ bets }: { bets: Bet[] }) {
  const { t } = useTranslation()
  return (
    <details className="prioritise__closed">
      <summary>{t('commit.prioritise.closed.summary', { count: bets.length })}</summary>
      <ul aria-label={t('commit.prioritise.closed.label')}>
        {bets.map((bet) => (
          <li key={bet.id}>
            {bet.title}{' '}
            <span className="prioritise__closed-status">{t(`commit.status.${bet.status}`)}</span>
          </li>
        ))}
      </ul>
    </details>
  )
}
