/**
 * The last step of a lens: the agreed scores side by side, the gap between them, and the one
 * shift the room thinks matters most, recorded before moving on.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { gap as gapOf, gapNoteId, type RatingState } from '@shared/domain'
import { useSession, useWorkshopEdits } from '../../../store/context'
import { useAutosave } from '../../../ui/useAutosave'

function useAgreed(lensId: string, state: RatingState) {
  return useSession(
    (s) => s.data?.consensus.find((c) => c.lensId === lensId && c.state === state)?.value ?? null,
  )
}

function GapText({ value }: { value: number | null }) {
  const { t } = useTranslation()
  if (value === null) return <>{t('facilitate.gap.needsBoth')}</>
  if (value === 0) return <>{t('facilitate.gap.gapNone')}</>
  if (value < 0) return <>{t('facilitate.gap.gapNegative', { count: -value })}</>
  return <>{t('facilitate.gap.gapValue', { count: value })}</>
}

function AgreedScore({ label, value }: { label: string; value: number | null }) {
  const { t } = useTranslation()
  return (
    <div>
      <dt>{label}</dt>
      {value === null ? (
        <dd className="gap-step__missing">{t('facilitate.gap.notAgreed')}</dd>
      ) : (
        <dd>{value}</dd>
      )}
    </div>
  )
}

export function GapStep({ lensId }: { lensId: string }) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const current = useAgreed(lensId, 'current')
  const target = useAgreed(lensId, 'target')
  const gap = gapOf(current, target)
  const stored = useSession(
    (s) =>
      s.data?.gapNotes.find((g) => g.id === gapNoteId(s.data!.workshop.id, lensId))?.keyShift ?? '',
  )
  const [text, setText] = useState(stored)
  const [editing, setEditing] = useState(false)
  // Undo and redo change the stored text under the field: follow them unless the facilitator
  // is typing in it right now.
  const [seen, setSeen] = useState(stored)
  if (stored !== seen) {
    setSeen(stored)
    if (!editing) setText(stored)
  }
  const { schedule, flush } = useAutosave<string>((value) => void edits.setKeyShift(lensId, value))

  return (
    <div className="gap-step">
      <h2 className="visually-hidden">{t('facilitate.gap.gap')}</h2>
      <dl className="gap-step__scores">
        <AgreedScore label={t('facilitate.gap.today')} value={current} />
        <AgreedScore label={t('facilitate.gap.target')} value={target} />
        <div className="gap-step__gap">
          <dt>{t('facilitate.gap.gap')}</dt>
          <dd>{gap === null ? '–' : gap > 0 ? `+${gap}` : gap}</dd>
        </div>
      </dl>
      <p className="gap-step__summary">
        <GapText value={gap} />
      </p>
      <div className="field">
        <label className="field__label" htmlFor={`key-shift-${lensId}`}>
          {t('facilitate.gap.keyShift')}
        </label>
        <textarea
          id={`key-shift-${lensId}`}
          className="field__input field__input--multiline"
          rows={3}
          value={text}
          aria-describedby={`key-shift-hint-${lensId}`}
          onChange={(e) => {
            setText(e.target.value)
            schedule(e.target.value)
          }}
          onFocus={() => setEditing(true)}
          onBlur={() => {
            setEditing(false)
            flush()
          }}
        />
        <p id={`key-shift-hint-${lensId}`} className="field__hint">
          {t('facilitate.gap.keyShiftHint')}
        </p>
      </div>
    </div>
  )
}
