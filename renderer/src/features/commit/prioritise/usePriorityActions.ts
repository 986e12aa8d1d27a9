/**
 * The view's edits with what follows each one: a short spoken status line, and the focus put
 * where a keyboard user expects it. A bet that crosses the line or goes to the parking lot is
 * drawn in another list, so without this the focus would fall to the page.
 */
import { useCallback, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { dotsByBet, seedOrderFromVotes, type PriorityGroup } from '@shared/domain'
import { useServices, useWorkshopEdits } from '../../../store/context'
import type { SessionData } from '../../../store/session/sessionData'
import { useFocusRequest } from '../../facilitate/cards/useFocusRequest'
import { groupLists } from './priorityLists'

/** The buttons of a bet, by the part they play: each is found again after the bet moved. */
export type BetPart = 'handle' | 'up' | 'down' | 'commit' | 'uncommit' | 'park' | 'bringBack'

/** An attribute value inside double quotes (not every DOM, the test DOMs included, has CSS.escape). */
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`

export const betPart = (betId: string, part: BetPart) =>
  `[data-bet-id=${quoted(betId)}] [data-bet-part="${part}"]`
const linePart = (direction: 'up' | 'down') => `[data-line-part="${direction}"]`

let noticeKey = 0

export function usePriorityActions(root: RefObject<HTMLElement | null>) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const { workshop } = useServices()
  // Read when a button is pressed, not when it was drawn: a second press may come before the
  // screen caught up with the first, and must move on from where the first left things.
  const latest = (): SessionData | null => workshop.store.getState().data
  const listsNow = () => groupLists(latest()?.bets ?? [])
  const requestFocus = useFocusRequest(root)
  // A new key each time, so the same words said twice are still announced twice.
  const [notice, setNotice] = useState<{ text: string; key: number } | null>(null)
  const tell = useCallback((text: string) => setNotice({ text, key: ++noticeKey }), [])

  async function place(betId: string, group: PriorityGroup, index: number, focus: BetPart) {
    requestFocus(betPart(betId, focus))
    const outcome = await edits.placeBet(betId, group, index)
    if (!outcome.ok) return tell(t('commit.prioritise.notices.failed'))
    const list = listsNow()[group]
    tell(
      t('commit.prioritise.notices.moved', {
        title: latest()?.bets.find((b) => b.id === betId)?.title ?? '',
        position: list.indexOf(betId) + 1,
        count: list.length,
        place: t(`commit.prioritise.groups.${group}.place`),
      }),
    )
  }

  /** One step up or down its own group; at the end of the group the other button takes focus. */
  function moveBy(betId: string, group: PriorityGroup, step: -1 | 1) {
    const lists = listsNow()
    const to = lists[group].indexOf(betId) + step
    const atEnd = step < 0 ? to === 0 : to === lists[group].length - 1
    const focus = step < 0 !== atEnd ? 'up' : 'down'
    return place(betId, group, to, focus)
  }

  return {
    notice,
    moveUp: (betId: string, group: PriorityGroup) => moveBy(betId, group, -1),
    moveDown: (betId: string, group: PriorityGroup) => moveBy(betId, group, 1),
    // Crossing the line is the smallest move: just above it, or just below it.
    commit: (betId: string) => place(betId, 'committed', listsNow().committed.length, 'uncommit'),
    uncommit: (betId: string) => place(betId, 'proposed', 0, 'commit'),
    park: (betId: string) => place(betId, 'parked', listsNow().parked.length, 'bringBack'),
    bringBack: (betId: string) => place(betId, 'proposed', listsNow().proposed.length, 'park'),

    async moveLine(step: -1 | 1) {
      const lists = listsNow()
      const count = lists.committed.length + step
      const total = lists.committed.length + lists.proposed.length
      const atEnd = step < 0 ? count === 0 : count === total
      requestFocus(linePart(step < 0 !== atEnd ? 'up' : 'down'))
      const outcome = await edits.moveCommitLine(count)
      if (!outcome.ok) return tell(t('commit.prioritise.notices.failed'))
      tell(
        count === 0
          ? t('commit.prioritise.notices.lineNone')
          : t('commit.prioritise.notices.line', { count }),
      )
    },

    async seedFromVotes() {
      const data = latest()
      const unchanged = !data || seedOrderFromVotes(data.bets, dotsByBet(data.votes)).length === 0
      const outcome = await edits.seedFromVotes()
      if (!outcome.ok) return tell(t('commit.prioritise.notices.failed'))
      tell(t(`commit.prioritise.notices.${unchanged ? 'alreadyOrdered' : 'ordered'}`))
    },

    async drop(betId: string, group: PriorityGroup, index: number) {
      const outcome = await edits.placeBet(betId, group, index)
      if (!outcome.ok) tell(t('commit.prioritise.notices.failed'))
    },
  }
}

export type PriorityActions = ReturnType<typeof usePriorityActions>
