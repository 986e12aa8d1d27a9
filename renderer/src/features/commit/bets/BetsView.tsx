/**
 * The bets view: every bet of the workshop, grouped by status in the order a bet lives through
 * them, with New bet, Edit and Delete. A delete takes the bet's dots with it and can be undone
 * from the notice; the focus always lands somewhere sensible after a dialog or a delete.
 */
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import {
  BET_STATUSES,
  draftOfBet,
  emptyBetDraft,
  rankGaps,
  type Bet,
  type BetDraft,
} from '@shared/domain'
import { useServices, useWorkshopEdits } from '../../../store/context'
import type { SessionData } from '../../../store/session/sessionData'
import { Button } from '../../../ui/Button'
import { useFocusAfterRender } from '../../prepare/useFocusAfterRender'
import { commitHref } from '../commitViews'
import { BetDialog } from './BetDialog'
import { BetItem } from './BetItem'
import { BetNotice, noticeKey, type BetNoticeState } from './BetNotice'

const NEW_BET_ID = 'bets-new'
const EMPTY_DRAFT = emptyBetDraft()
const NOTICE_ID = 'bets-notice'
const editId = (bet: Bet) => `bet-edit-${bet.id}`
const deleteId = (bet: Bet) => `bet-delete-${bet.id}`

/** By status (proposed first, as the room writes them), then each group's own order. */
function inViewOrder(bets: readonly Bet[]): Bet[] {
  const rank = (bet: Bet) => BET_STATUSES.indexOf(bet.status)
  return [...bets].sort(
    (a, b) => rank(a) - rank(b) || a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

interface Editing {
  bet: Bet | null
  initial: BetDraft
  /** The control that opened the dialog, which gets the focus back. */
  returnTo: string
}

export function BetsView({ data }: { data: SessionData }) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const session = useServices().workshop.store
  const headingId = useId()
  const focusLater = useFocusAfterRender()
  const gaps = useMemo(() => rankGaps(data), [data])
  const bets = useMemo(() => inViewOrder(data.bets), [data.bets])
  const [editing, setEditing] = useState<Editing | null>(null)
  const [notice, setNotice] = useState<BetNoticeState | null>(null)
  const tell = (body: Omit<BetNoticeState, 'key'>) => setNotice({ ...body, key: noticeKey() })
  const unreviewed = data.workshop.earlier?.bets.some((b) => b.review.outcome === null) ?? false

  function closeDialog() {
    if (editing) focusLater(editing.returnTo)
    setEditing(null)
  }

  function saved(title: string) {
    const bet = editing?.bet
    tell({ text: t(bet ? 'commit.bets.notices.saved' : 'commit.bets.notices.added', { title }) })
  }

  async function remove(bet: Bet) {
    const index = bets.indexOf(bet)
    const hadDots = data.votes.some((v) => v.betId === bet.id)
    const outcome = await edits.removeBet(bet.id)
    if (!outcome.ok) return tell({ text: t('commit.bets.notices.failed'), failed: true })
    const entry = session.getState().history.past.at(-1)
    const key = hadDots ? 'commit.bets.notices.deletedWithDots' : 'commit.bets.notices.deleted'
    tell({ text: t(key, { title: bet.title }), undo: entry, focusAfterUndo: editId(bet) })
    // The next bet's Delete keeps a run of deletions on the keyboard; Undo is one Tab away.
    const next = bets[index + 1] ?? bets[index - 1]
    focusLater(next ? deleteId(next) : `${NOTICE_ID}-undo`)
  }

  async function undo() {
    const focusAfter = notice?.focusAfterUndo
    const ok = await edits.undo()
    tell({
      text: t(ok ? 'commit.bets.notices.restored' : 'commit.bets.notices.failed'),
      failed: !ok,
    })
    focusLater((ok && focusAfter) || NEW_BET_ID)
  }

  return (
    <section className="commit-view bets-view" aria-labelledby={headingId}>
      <header className="commit-view__header bets-view__header">
        <div>
          <h2 id={headingId}>{t('commit.bets.heading')}</h2>
          <p>{t('commit.bets.intro')}</p>
        </div>
        <Button
          id={NEW_BET_ID}
          variant="primary"
          onClick={() =>
            setEditing({
              bet: null,
              initial: emptyBetDraft(t('commit.bets.form.hypothesisOpening')),
              returnTo: NEW_BET_ID,
            })
          }
        >
          {t('commit.bets.newBet')}
        </Button>
      </header>
      {unreviewed && (
        <p className="bets-view__review-first">
          {t('commit.bets.reviewFirst')}{' '}
          <Link href={commitHref(data.workshop.id, 'review')}>{t('commit.bets.reviewLink')}</Link>
        </p>
      )}
      <BetNotice
        id={NOTICE_ID}
        notice={notice}
        onUndo={() => void undo()}
        onDismiss={() => {
          setNotice(null)
          focusLater(NEW_BET_ID)
        }}
        dismissLabel={t('commit.bets.notices.dismiss')}
      />
      {bets.length === 0 ? (
        <p className="commit-empty">{t('commit.bets.empty')}</p>
      ) : (
        <>
          <p className="bets-view__count">{t('commit.bets.count', { count: bets.length })}</p>
          <ul className="bet-list" aria-label={t('commit.bets.listLabel')}>
            {bets.map((bet) => (
              <BetItem
                key={bet.id}
                bet={bet}
                workshop={data.workshop}
                gaps={gaps}
                editId={editId(bet)}
                deleteId={deleteId(bet)}
                onEdit={() => setEditing({ bet, initial: draftOfBet(bet), returnTo: editId(bet) })}
                onDelete={() => void remove(bet)}
              />
            ))}
          </ul>
        </>
      )}
      <BetDialog
        open={editing !== null}
        onOpenChange={(open) => !open && closeDialog()}
        bet={editing?.bet ?? null}
        initial={editing?.initial ?? EMPTY_DRAFT}
        onSaved={saved}
      />
    </section>
  )
}
