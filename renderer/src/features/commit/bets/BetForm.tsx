/**
 * The form that writes or edits one bet. Nothing is stored until Save, and a refused bet keeps
 * every word typed, with the reason next to each field and the focus on the first of them.
 * Enter in a one-line field and Ctrl/Cmd+Enter anywhere save; the dialog's Escape cancels.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  BET_STATUSES,
  type Bet,
  type BetDraft,
  type BetDraftErrors,
  type BetStatus,
  type Participant,
} from '@shared/domain'
import { useSession, useWorkshopEdits } from '../../../store/context'
import { Button } from '../../../ui/Button'
import { TextField } from '../../../ui/TextField'
import { BET_SIZES, isBetSize, lensOptions, useBetErrorText } from './betText'
import { FieldFrame } from '../../../ui/FieldFrame'
import { BetTeamsField } from './BetTeamsField'

interface Props {
  /** The bet being edited; null writes a new one. */
  bet: Bet | null
  initial: BetDraft
  onSaved: (title: string) => void
  onCancel: () => void
}

const NO_PEOPLE: Participant[] = []
const HORIZONS = ['next30', 'next90', 'thisYear'] as const
const isMac = () => /Mac|iPhone|iPad/.test(navigator.userAgent)

export function BetForm({ bet, initial, onSaved, onCancel }: Props) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const workshop = useSession((s) => s.data?.workshop)
  const participants = useSession((s) => s.data?.participants ?? NO_PEOPLE)
  const [draft, setDraft] = useState(initial)
  const [status, setStatus] = useState<BetStatus>(bet?.status ?? 'proposed')
  const [errors, setErrors] = useState<BetDraftErrors>({})
  const [failed, setFailed] = useState(false)
  const [busy, setBusy] = useState(false)
  const [errorRound, setErrorRound] = useState(0)
  const form = useRef<HTMLFormElement>(null)
  const errorText = useBetErrorText()
  const id = useId()
  const opening = t('commit.bets.form.hypothesisOpening')

  // After a refused save, the first field with a problem takes the focus.
  useEffect(() => {
    if (errorRound > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [errorRound])

  function set<K extends keyof BetDraft>(field: K, value: BetDraft[K]) {
    setDraft((d) => ({ ...d, [field]: value }))
    setFailed(false)
    if (errors[field])
      setErrors((e) => {
        const next = { ...e }
        delete next[field]
        return next
      })
  }

  async function save() {
    if (busy) return
    setBusy(true)
    // The opening left as it was is a prompt, not a hypothesis.
    const unchanged = draft.hypothesis.trim() === opening.trim()
    const toSave = unchanged ? { ...draft, hypothesis: '' } : draft
    const outcome = bet
      ? await edits.updateBet(bet.id, toSave, status)
      : await edits.addBet(toSave, status)
    setBusy(false)
    if (outcome.ok) return onSaved(toSave.title.trim())
    if (outcome.problem === 'writeFailed') return setFailed(true)
    setErrors(outcome.problem)
    setErrorRound((n) => n + 1)
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      void save()
    }
  }

  const error = (field: keyof BetDraftErrors) =>
    errorText(errors, field, field === 'lensId' || field === 'teamKeys' ? '' : draft[field])
  const text = (field: 'hypothesis' | 'risk' | 'upside', rows: number, hint: string) => (
    <FieldFrame label={t(`commit.bets.form.${field}`)} hint={hint} error={error(field)}>
      {(control) => (
        <textarea
          {...control}
          className="field__input field__input--multiline"
          rows={rows}
          value={draft[field]}
          onChange={(e) => set(field, e.target.value)}
          onFocus={(e) => {
            // Straight after the prefilled opening, ready to finish the sentence. Deferred: a
            // browser focusing by Tab selects the whole text once the focus event is over.
            const area = e.currentTarget
            if (area.value !== opening) return
            setTimeout(() => {
              const end = area.value.length
              if (area.value === opening && document.activeElement === area)
                area.setSelectionRange(end, end)
            }, 0)
          }}
        />
      )}
    </FieldFrame>
  )
  const sizes = draft.size && !isBetSize(draft.size) ? [...BET_SIZES, draft.size] : BET_SIZES
  const lenses = workshop ? lensOptions(workshop, draft.lensId) : []

  return (
    <form
      ref={form}
      className="bet-form"
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <TextField
        label={t('commit.bets.form.title')}
        hint={t('commit.bets.form.titleHint')}
        error={error('title')}
        value={draft.title}
        autoComplete="off"
        aria-required="true"
        onChange={(e) => set('title', e.target.value)}
      />
      {text('hypothesis', 3, t('commit.bets.form.hypothesisHint'))}
      <div className="bet-form__pair">
        {text('risk', 2, t('commit.bets.form.riskHint'))}
        {text('upside', 2, t('commit.bets.form.upsideHint'))}
      </div>
      <div className="bet-form__grid">
        <TextField
          label={t('commit.bets.form.owner')}
          hint={t('commit.bets.form.ownerHint')}
          error={error('owner')}
          value={draft.owner}
          list={`${id}-people`}
          autoComplete="off"
          onChange={(e) => set('owner', e.target.value)}
        />
        <datalist id={`${id}-people`}>
          {[...participants]
            .sort((a, b) => a.order - b.order)
            .map((p) => (
              <option key={p.id} value={p.name} />
            ))}
        </datalist>
        <TextField
          label={t('commit.bets.form.horizon')}
          error={error('horizon')}
          value={draft.horizon}
          list={`${id}-horizons`}
          autoComplete="off"
          onChange={(e) => set('horizon', e.target.value)}
        />
        <datalist id={`${id}-horizons`}>
          {HORIZONS.map((h) => (
            <option key={h} value={t(`commit.bets.form.horizons.${h}`)} />
          ))}
        </datalist>
        <FieldFrame label={t('commit.bets.form.size')} error={error('size')}>
          {(control) => (
            <select
              {...control}
              className="field__input"
              value={draft.size}
              onChange={(e) => set('size', e.target.value)}
            >
              <option value="">{t('commit.bets.form.sizes.none')}</option>
              {sizes.map((size) => (
                <option key={size} value={size}>
                  {isBetSize(size) ? t(`commit.bets.form.sizes.${size}`) : size}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <FieldFrame label={t('commit.bets.form.lens')} error={error('lensId')}>
          {(control) => (
            <select
              {...control}
              className="field__input"
              value={draft.lensId ?? ''}
              onChange={(e) => set('lensId', e.target.value || null)}
            >
              <option value="">{t('commit.bets.form.noLens')}</option>
              {lenses.map((lens) => (
                <option key={lens.id} value={lens.id}>
                  {lens.title}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <FieldFrame label={t('commit.bets.form.status')}>
          {(control) => (
            <select
              {...control}
              className="field__input"
              value={status}
              onChange={(e) => setStatus(e.target.value as BetStatus)}
            >
              {BET_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`commit.status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <TextField
          type="date"
          label={t('commit.bets.form.reviewDate')}
          hint={t('commit.bets.form.reviewDateHint')}
          error={error('reviewDate')}
          value={draft.reviewDate}
          onChange={(e) => set('reviewDate', e.target.value)}
        />
      </div>
      <BetTeamsField
        value={draft.teamKeys}
        error={error('teamKeys')}
        onChange={(teamKeys) => set('teamKeys', teamKeys)}
      />
      {failed && (
        <p className="form-failure" role="alert">
          {t('commit.bets.errors.writeFailed')}
        </p>
      )}
      <p className="field__hint">
        {t('commit.bets.form.keyHint', { key: isMac() ? '⌘' : t('facilitate.help.keyNames.ctrl') })}
      </p>
      <div className="dialog__actions">
        <Button variant="quiet" onClick={onCancel}>
          {t('commit.bets.form.cancel')}
        </Button>
        <Button type="submit" variant="primary" disabled={busy}>
          {t(bet ? 'commit.bets.form.save' : 'commit.bets.form.add')}
        </Button>
      </div>
    </form>
  )
}
