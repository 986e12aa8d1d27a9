/**
 * One bet in the prioritised list: draggable by its handle (pointer or keyboard), with buttons
 * for everything a drag does, so no move depends on dragging. Each button's name carries the
 * bet's title, so a screen reader says which bet a "Park" belongs to.
 */
import { useTranslation } from 'react-i18next'
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import type { Bet, PriorityGroup } from '@shared/domain'
import { Button } from '../../../ui/Button'
import { ArrowIcon, GripIcon } from '../../../ui/icons'
import type { PriorityActions } from './usePriorityActions'

interface Props {
  bet: Bet
  group: PriorityGroup
  /** Its number in the list; none in the parking lot. */
  rank: number | null
  first: boolean
  last: boolean
  /** The bet's dots, or null while the votes are hidden. */
  dots: number | null
  actions: PriorityActions
}

export function BetSummary({ bet, dots }: { bet: Bet; dots: number | null }) {
  const { t } = useTranslation()
  const meta = [
    bet.owner.trim() && t('commit.prioritise.bet.owner', { owner: bet.owner.trim() }),
    bet.horizon.trim() && t('commit.prioritise.bet.horizon', { horizon: bet.horizon.trim() }),
  ].filter(Boolean)
  return (
    <div className="priority-bet__body">
      <p className="priority-bet__title">{bet.title}</p>
      {meta.length > 0 && <p className="priority-bet__meta">{meta.join(' · ')}</p>}
      {dots !== null && (
        <p className="priority-bet__dots">{t('commit.prioritise.bet.dots', { count: dots })}</p>
      )}
    </div>
  )
}

export function PriorityBet({ bet, group, rank, first, last, dots, actions }: Props) {
  const { t } = useTranslation()
  const title = { title: bet.title }
  const sortable = useSortable({
    id: bet.id,
    attributes: { roleDescription: t('commit.prioritise.drag.roleDescription') },
  })
  const { setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = sortable
  const className = ['priority-bet', isDragging ? 'priority-bet--placeholder' : '']

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={className.filter(Boolean).join(' ')}
      data-bet-id={bet.id}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="drag-handle priority-bet__handle"
        data-bet-part="handle"
        {...sortable.attributes}
        {...sortable.listeners}
        aria-label={t('commit.prioritise.bet.drag', title)}
      >
        <GripIcon />
      </button>
      {rank !== null && (
        // The list itself tells a screen reader the position; the number is for the room.
        <span className="priority-bet__rank" aria-hidden="true">
          {rank}
        </span>
      )}
      <BetSummary bet={bet} dots={dots} />
      <div className="priority-bet__actions">
        <MoveButton
          direction="up"
          label={t('commit.prioritise.bet.moveUp', title)}
          disabled={first}
          onClick={() => void actions.moveUp(bet.id, group)}
        />
        <MoveButton
          direction="down"
          label={t('commit.prioritise.bet.moveDown', title)}
          disabled={last}
          onClick={() => void actions.moveDown(bet.id, group)}
        />
        <GroupMoves bet={bet} group={group} actions={actions} />
      </div>
    </li>
  )
}

/** One step up or down within the group, named for the bet it moves. */
function MoveButton(props: {
  direction: 'up' | 'down'
  label: string
  disabled: boolean
  onClick: () => void
}) {
  return (
    <button
      type="button"
      className="priority-bet__move"
      data-bet-part={props.direction}
      aria-label={props.label}
      title={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      <ArrowIcon direction={props.direction} />
    </button>
  )
}

/** The moves to another group each group offers; "Commit" and "Move below the line" cross it. */
const GROUP_MOVES = {
  committed: ['uncommit', 'park'],
  proposed: ['commit', 'park'],
  parked: ['bringBack'],
} as const satisfies Record<PriorityGroup, readonly GroupMove[]>

type GroupMove = 'commit' | 'uncommit' | 'park' | 'bringBack'

function GroupMoves({ bet, group, actions }: Pick<Props, 'bet' | 'group' | 'actions'>) {
  const { t } = useTranslation()
  return GROUP_MOVES[group].map((move: GroupMove) => (
    <Button
      key={move}
      variant="quiet"
      data-bet-part={move}
      aria-label={t(`commit.prioritise.bet.${move}Named`, { title: bet.title })}
      onClick={() => void actions[move](bet.id)}
    >
      {t(`commit.prioritise.bet.${move}`)}
    </Button>
  ))
}
