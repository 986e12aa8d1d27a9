/**
 * One group of the prioritised list (committed, waiting, or the parking lot): a labelled region
 * with its heading and count, its bets in order inside a drop zone that also takes bets when the
 * group is empty.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useDroppable } from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import type { Bet, PriorityGroup } from '@shared/domain'
import { groupDropId } from './priorityLists'
import { PriorityBet } from './PriorityBet'
import type { PriorityActions } from './usePriorityActions'

interface Props {
  group: PriorityGroup
  bets: Bet[]
  /** The number of the group's first bet in the whole list; null for an unnumbered group. */
  firstRank: number | null
  /** Dots per bet, or null while the votes are hidden. */
  dots: ReadonlyMap<string, number> | null
  actions: PriorityActions
}

export function BetGroup({ group, bets, firstRank, dots, actions }: Props) {
  const { t } = useTranslation()
  const headingId = useId()
  const { setNodeRef, isOver } = useDroppable({ id: groupDropId(group) })
  const List = firstRank === null ? 'ul' : 'ol'

  return (
    <section
      className={`priority-group priority-group--${group}`}
      aria-labelledby={headingId}
      data-group={group}
    >
      <header className="priority-group__header">
        <h3 id={headingId} className="priority-group__title">
          {t(`commit.prioritise.groups.${group}.heading`)}
        </h3>
        <span className="priority-group__count">
          {t('commit.prioritise.count', { count: bets.length })}
        </span>
      </header>
      {group === 'parked' && (
        <p className="priority-group__intro">{t('commit.prioritise.groups.parked.intro')}</p>
      )}
      <div
        ref={setNodeRef}
        className={`drop-zone priority-group__drop${isOver ? ' drop-zone--over' : ''}`}
      >
        <SortableContext items={bets.map((b) => b.id)} strategy={verticalListSortingStrategy}>
          {bets.length > 0 ? (
            <List
              className="drop-list priority-group__list"
              aria-labelledby={headingId}
              start={firstRank ?? undefined}
            >
              {bets.map((bet, i) => (
                <PriorityBet
                  key={bet.id}
                  bet={bet}
                  group={group}
                  rank={firstRank === null ? null : firstRank + i}
                  first={i === 0}
                  last={i === bets.length - 1}
                  dots={dots ? (dots.get(bet.id) ?? 0) : null}
                  actions={actions}
                />
              ))}
            </List>
          ) : (
            <p className="priority-group__empty">{t(`commit.prioritise.groups.${group}.empty`)}</p>
          )}
        </SortableContext>
      </div>
    </section>
  )
}
