/**
 * The rate step: the facilitator enters each person's private rating of one lens, by keyboard
 * as fast as the room calls them out, with the scale in view to read aloud. Values stay hidden
 * until the reveal step shows them.
 */
import { memo, useId, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type {
  LensId,
  MaturityLevelDescription,
  Participant,
  Rating,
  RatingState,
  RatingValue,
} from '@shared/domain'
import { useWorkshopEdits } from '../../../store/context'
import { ParticipantRow } from './ParticipantRow'
import { useRound } from './round'
import { ScaleLevels } from './ScaleLevels'

export interface RateStepProps {
  lensId: LensId
  state: RatingState
}

/** What every row does, the same functions from one key to the next. */
interface RowActions {
  rate(index: number, participantId: string, value: RatingValue): void
  clear(index: number, participantId: string): void
  move(index: number, by: 1 | -1, choice: number): void
  note(participantId: string, note: string): void
}

interface RowProps {
  index: number
  participant: Participant
  scale: readonly MaturityLevelDescription[]
  rating: Rating | undefined
  revealed: boolean
  actions: RowActions
}

/**
 * A row drawn again only when its own person, rating or the reveal changed: with 40 people, a
 * rating typed for one would otherwise redraw all 40 rows before it reaches the disk.
 */
const Row = memo(function Row({ index, participant, actions, ...shown }: RowProps) {
  return (
    <ParticipantRow
      participant={participant}
      {...shown}
      onRate={(value) => actions.rate(index, participant.id, value)}
      onClear={() => actions.clear(index, participant.id)}
      onMove={(by, choice) => actions.move(index, by, choice)}
      onNote={(note) => actions.note(participant.id, note)}
    />
  )
})

export function RateStep({ lensId, state }: RateStepProps) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const round = useRound(lensId, state)
  const headingId = useId()
  const listRef = useRef<HTMLOListElement>(null)
  const count = round?.participants.length ?? 0

  const actions = useMemo((): RowActions => {
    function focusRow(index: number, choice = 0) {
      const rows = listRef.current?.querySelectorAll<HTMLElement>('[data-rating-row]')
      rows?.[index]?.querySelectorAll<HTMLElement>('[data-rating-choice]')[choice]?.focus()
    }
    return {
      rate(index, participantId, value) {
        void edits.rate(participantId, lensId, state, value)
        // The room calls out the next person: be there already. The last row keeps focus.
        if (index < count - 1) focusRow(index + 1)
      },
      clear(index, participantId) {
        // Clear disappears with the rating; focus must not fall back to the page.
        const onClear = document.activeElement?.hasAttribute('data-rating-clear') ?? false
        void edits.clearRating(participantId, lensId, state)
        if (onClear) focusRow(index)
      },
      move: (index, by, choice) => focusRow(index + by, choice),
      note: (participantId, note) => void edits.setRatingNote(participantId, lensId, state, note),
    }
  }, [edits, lensId, state, count])

  if (!round) return null
  const { lens, participants, ratings, revealed } = round

  return (
    <section className="rate-step" aria-labelledby={headingId}>
      <div className="rate-step__layout">
        <header className="rate-step__intro">
          <h2 id={headingId}>{t(`rating.rate.heading.${state}`)}</h2>
          <p className="rate-step__question">{lens.coreQuestion}</p>
        </header>
        <div className="rate-step__aside">
          {participants.length > 0 && (
            <p className="rating-count" role="status" aria-live="polite">
              {t('rating.count', { rated: ratings.size, total: participants.length })}
            </p>
          )}
          <ScaleLevels scale={lens.scale} />
        </div>
        <div className="rate-step__people">
          {participants.length === 0 ? (
            <div className="rate-step__empty">
              <h3>{t('rating.rate.noPeopleTitle')}</h3>
              <p>{t('rating.rate.noPeopleBody')}</p>
            </div>
          ) : (
            <>
              <p className="rate-step__hint">
                {t(revealed ? 'rating.rate.revealedNotice' : 'rating.rate.hiddenNotice')}{' '}
                {t('rating.rate.keyboardHint')}
              </p>
              <ol ref={listRef} className="rate-step__list" aria-label={t('rating.rate.people')}>
                {participants.map((participant, index) => (
                  <li key={participant.id}>
                    <Row
                      index={index}
                      participant={participant}
                      scale={lens.scale}
                      rating={ratings.get(participant.id)}
                      revealed={revealed}
                      actions={actions}
                    />
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      </div>
    </section>
  )
}
