/**
 * Adding a whole room at once from a pasted list, one name per line. Every new name is added in
 * one undoable step; names that are already there, repeated or too long are skipped, and the
 * report says which and why, so nobody wonders where a person went.
 */
import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { normaliseName } from '@shared/domain'
import { listFormat } from '../../../i18n/formatters'
import { useServices, useWorkshopEdits } from '../../../store/context'
import { Button } from '../../../ui/Button'
import { Dialog } from '../../../ui/Dialog'

type Skipped = { name: string; problem: 'duplicate' | 'tooLong' }

const SHOWN_NAME_LENGTH = 40

function skippedText(t: TFunction, skip: Skipped, existing: Set<string>): string {
  const name =
    skip.name.length > SHOWN_NAME_LENGTH ? `${skip.name.slice(0, SHOWN_NAME_LENGTH)}…` : skip.name
  if (skip.problem === 'tooLong') return t('prepare.participants.paste.reasons.tooLong', { name })
  return existing.has(skip.name.toLocaleLowerCase())
    ? t('prepare.participants.paste.reasons.existing', { name })
    : t('prepare.participants.paste.reasons.repeated', { name })
}

function report(t: TFunction, language: string, added: number, skipped: string[]): string {
  const parts: string[] = [t('prepare.participants.paste.added', { count: added })]
  if (skipped.length > 0) {
    const list = listFormat(language, { style: 'short', type: 'unit' }).format(skipped)
    parts.push(t('prepare.participants.paste.skipped', { count: skipped.length, list }))
  }
  return parts.join(' ')
}

interface Props {
  /** Called with the report once the names are saved (or not: `ok` false). */
  onDone: (report: string, ok: boolean) => void
}

export function PasteListDialog({ onDone }: Props) {
  const { t, i18n } = useTranslation()
  const edits = useWorkshopEdits()
  const session = useServices().workshop.store
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const [error, setError] = useState<string | undefined>()
  const id = useId()
  const textRef = useRef<HTMLTextAreaElement>(null)

  function openChange(next: boolean) {
    setOpen(next)
    if (next) {
      setText('')
      setError(undefined)
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (text.split(/\r\n|\r|\n/).every((line) => normaliseName(line) === '')) {
      setError(t('prepare.participants.paste.empty'))
      textRef.current?.focus()
      return
    }
    const before = session.getState().data?.participants ?? []
    const existing = new Set(before.map((p) => normaliseName(p.name).toLocaleLowerCase()))
    const result = await edits.addParticipantList(text)
    setOpen(false)
    const skipped = result.skipped.map((skip) => skippedText(t, skip, existing))
    if (result.ok) onDone(report(t, i18n.language, result.added.length, skipped), true)
    else onDone(t('prepare.participants.errors.writeFailed'), false)
  }

  return (
    <>
      <Button id="participants-paste" onClick={() => openChange(true)}>
        {t('prepare.participants.paste.open')}
      </Button>
      <Dialog
        open={open}
        onOpenChange={openChange}
        title={t('prepare.participants.paste.title')}
        description={t('prepare.participants.paste.description')}
      >
        <form onSubmit={(event) => void submit(event)} noValidate>
          <div className={['field', error ? 'field--invalid' : ''].join(' ')}>
            <label className="field__label" htmlFor={`${id}-names`}>
              {t('prepare.participants.paste.label')}
            </label>
            <textarea
              ref={textRef}
              id={`${id}-names`}
              className="field__input paste-list__text"
              rows={8}
              value={text}
              onChange={(event) => {
                setText(event.target.value)
                setError(undefined)
              }}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            />
            {error && (
              <p id={`${id}-error`} className="field__error" role="alert">
                {error}
              </p>
            )}
          </div>
          <div className="dialog__actions">
            <Button onClick={() => setOpen(false)}>{t('prepare.participants.paste.cancel')}</Button>
            <Button type="submit" variant="primary">
              {t('prepare.participants.paste.submit')}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  )
}
