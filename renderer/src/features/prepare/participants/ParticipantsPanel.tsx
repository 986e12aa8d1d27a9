/**
 * The people in the room: add them, tidy names and roles, set the order, remove them. Removing
 * someone who already rated asks first, because their ratings go too; every removal can be undone
 * from the notice that follows.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Participant } from '@shared/domain'
import { useSession, useWorkshopEdits } from '../../../store/context'
import { Button } from '../../../ui/Button'
import { ConfirmDialog } from '../../../ui/Dialog'
import { SortableList } from '../../../ui/SortableList'
import { UndoNotice, useNotice, type Notice } from '../UndoNotice'
import { useFocusAfterRender } from '../useFocusAfterRender'
import { useSortableTexts } from '../useSortableTexts'
import { AddParticipantForm } from './AddParticipantForm'
import { ParticipantFields } from './ParticipantFields'
import { PasteListDialog } from './PasteListDialog'

const EMPTY: Participant[] = []
const removeButtonId = (id: string) => `participant-remove-${id}`

export function ParticipantsPanel() {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const participants = useSession((s) => s.data?.participants ?? EMPTY)
  const ratings = useSession((s) => s.data?.ratings)
  const ordered = [...participants].sort((a, b) => a.order - b.order)
  const texts = useSortableTexts()
  const focusLater = useFocusAfterRender()
  const { notice, setNotice, show } = useNotice()
  const [confirming, setConfirming] = useState<{ participant: Participant; count: number } | null>(
    null,
  )

  async function remove(participant: Participant) {
    const index = ordered.findIndex((p) => p.id === participant.id)
    const outcome = await edits.removeParticipant(participant.id)
    if (!outcome.ok) {
      show(t('prepare.participants.errors.writeFailed'), false)
      return
    }
    show(
      t('prepare.participants.removed', { name: participant.name }),
      true,
      removeButtonId(participant.id),
    )
    // The next person's Remove keeps a run of removals on the keyboard; Undo is one Tab away.
    const next = ordered[index + 1] ?? ordered[index - 1]
    focusLater(next ? removeButtonId(next.id) : 'participants-notice-undo')
  }

  function askToRemove(participant: Participant) {
    const count = ratings?.filter((r) => r.participantId === participant.id).length ?? 0
    if (count > 0) setConfirming({ participant, count })
    else void remove(participant)
  }

  async function undo(undone: Notice) {
    const ok = await edits.undo()
    setNotice(ok ? { text: t('prepare.participants.undone'), entry: null } : null)
    if (ok && undone.focusAfterUndo) focusLater(undone.focusAfterUndo)
  }

  return (
    <section className="panel prepare-panel" aria-labelledby="participants-heading">
      <div className="prepare-panel__header">
        <div className="prepare-panel__title">
          <h2 id="participants-heading">{t('prepare.participants.heading')}</h2>
          <p className="prepare-panel__count" role="status">
            {t('prepare.participants.count', { count: ordered.length })}
          </p>
        </div>
        <PasteListDialog onDone={(text, ok) => show(text, ok, 'participants-paste')} />
      </div>
      <p className="panel__hint">{t('prepare.participants.hint')}</p>
      <AddParticipantForm />
      <UndoNotice
        id="participants-notice"
        notice={notice}
        onUndo={(n) => void undo(n)}
        onDismiss={() => setNotice(null)}
      />
      {ordered.length === 0 ? (
        <p className="prepare-empty">{t('prepare.participants.empty')}</p>
      ) : (
        <SortableList
          items={ordered}
          getId={getId}
          getLabel={getName}
          label={t('prepare.participants.list')}
          texts={texts}
          className="participant-list"
          onMove={(from, to) => void edits.moveParticipant(from, to)}
          renderItem={(participant, index) => (
            <>
              <span className="sortable__number" aria-hidden="true">
                {index + 1}
              </span>
              <ParticipantFields participant={participant} />
            </>
          )}
          renderActions={(participant) => (
            <Button
              id={removeButtonId(participant.id)}
              variant="quiet"
              className="participant-list__remove"
              aria-label={t('prepare.participants.removeLabel', { name: participant.name })}
              onClick={() => askToRemove(participant)}
            >
              {t('prepare.participants.remove')}
            </Button>
          )}
        />
      )}
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => !open && setConfirming(null)}
        title={t('prepare.participants.confirmRemove.title', {
          name: confirming?.participant.name ?? '',
        })}
        description={t('prepare.participants.confirmRemove.body', {
          count: confirming?.count ?? 0,
        })}
        confirmLabel={t('prepare.participants.confirmRemove.confirm')}
        cancelLabel={t('prepare.participants.confirmRemove.cancel')}
        onConfirm={() => confirming && void remove(confirming.participant)}
      />
    </section>
  )
}

const getId = (p: Participant) => p.id
const getName = (p: Participant) => p.name
