/**
 * Picks the earlier workshop: one stored here (by title, organisation and date) or a session file
 * from another laptop. Says plainly why a pick could not be used; a cancelled file dialog is silent.
 */
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Workshop } from '@shared/domain'
import { formatCalendarDate } from '../../../i18n/format'
import { useWorkshopActions, useWorkshops } from '../../../store/context'
import { Button } from '../../../ui/Button'
import { useEarlierWorkshop, type PickOutcome } from './useEarlierWorkshop'

/** Most recent workshop date first (undated last), then title: the likely earlier one is on top. */
function byDate(a: Workshop, b: Workshop): number {
  if (a.date !== b.date) return a.date === '' ? 1 : b.date === '' ? -1 : a.date < b.date ? 1 : -1
  return a.title.localeCompare(b.title)
}

function optionLabel(workshop: Workshop): string {
  const parts = [workshop.title, workshop.organisation]
  if (workshop.date) parts.push(formatCalendarDate(workshop.date))
  return parts.filter(Boolean).join(' · ')
}

export function EarlierPicker({ workshopId, onDone }: { workshopId: string; onDone?: () => void }) {
  const { t } = useTranslation()
  const selectId = useId()
  const workshopsStatus = useWorkshops((s) => s.status)
  const workshops = useWorkshops((s) => s.workshops)
  const { load } = useWorkshopActions()
  const earlier = useEarlierWorkshop()
  const [chosen, setChosen] = useState('')
  const [problem, setProblem] = useState('')
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (workshopsStatus === 'idle') void load()
  }, [workshopsStatus, load])

  const others = useMemo(
    () => workshops.filter((w) => w.id !== workshopId).sort(byDate),
    [workshops, workshopId],
  )
  const selected = others.some((w) => w.id === chosen) ? chosen : (others[0]?.id ?? '')

  async function settle(pick: Promise<PickOutcome>) {
    setBusy(true)
    setProblem('')
    const outcome = await pick
    setBusy(false)
    if (outcome.ok) onDone?.()
    else if ('problem' in outcome) setProblem(outcome.problem)
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (selected) void settle(earlier.fromList(selected))
  }

  return (
    <div className="earlier-picker">
      {others.length > 0 ? (
        <form className="earlier-picker__list" onSubmit={submit}>
          <label htmlFor={selectId}>{t('compare.overTime.pickLabel')}</label>
          <div className="earlier-picker__row">
            <select
              id={selectId}
              value={selected}
              onChange={(event) => setChosen(event.target.value)}
            >
              {others.map((workshop) => (
                <option key={workshop.id} value={workshop.id}>
                  {optionLabel(workshop)}
                </option>
              ))}
            </select>
            <Button type="submit" variant="primary" disabled={busy}>
              {t('compare.overTime.compare')}
            </Button>
          </div>
        </form>
      ) : (
        <p className="earlier-picker__none">{t('compare.overTime.noOthers')}</p>
      )}
      <div className="earlier-picker__file">
        <p>{t('compare.overTime.fileIntro')}</p>
        <Button onClick={() => void settle(earlier.fromFile())} disabled={busy}>
          {t('compare.overTime.openFile')}
        </Button>
      </div>
      {problem && (
        <p className="form-failure" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
