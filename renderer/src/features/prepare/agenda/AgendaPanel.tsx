/**
 * Which lenses the workshop walks through, in which order, and for how long each. Every change
 * writes the whole agenda as one undoable step. A lens taken off keeps its timebox in mind for
 * this visit, so putting it back does not lose what was planned.
 */
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import {
  agendaSchedule,
  DEFAULT_LENS_MINUTES,
  moveItem,
  type AgendaItem,
  type LensId,
  type Workshop,
} from '@shared/domain'
import { useServices, useWorkshopEdits } from '../../../store/context'
import { SortableList } from '../../../ui/SortableList'
import { useFocusAfterRender } from '../useFocusAfterRender'
import { useSortableTexts } from '../useSortableTexts'
import { AgendaSummary } from './AgendaSummary'
import { includeId, LensCheckbox } from './LensCheckbox'
import { MinutesInput } from './MinutesInput'

const LAST_ONE_HINT = 'agenda-last-one'

export function AgendaPanel({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const session = useServices().workshop.store
  const texts = useSortableTexts()
  const focusLater = useFocusAfterRender()
  const previousMinutes = useRef(new Map<LensId, number>())
  const { agenda, template } = workshop
  const titleOf = (lensId: LensId) => template.lenses.find((l) => l.id === lensId)?.title ?? lensId
  const schedule = agendaSchedule(agenda, workshop.startTime)
  const excluded = template.lenses.filter((lens) => !agenda.some((i) => i.lensId === lens.id))
  const lastOne = agenda.length === 1

  // Edits start from the stored agenda, not this render's copy: a minutes field saving on blur
  // and the click that caused the blur must not overwrite each other.
  function update(change: (current: AgendaItem[]) => AgendaItem[]) {
    const current = session.getState().data?.workshop.agenda ?? agenda
    const next = change(current)
    if (next !== current) void edits.setAgenda(next)
  }

  function exclude(item: AgendaItem) {
    previousMinutes.current.set(item.lensId, item.minutes)
    update((current) =>
      current.length > 1 ? current.filter((i) => i.lensId !== item.lensId) : current,
    )
    focusLater(includeId(item.lensId))
  }

  function include(lensId: LensId) {
    const minutes = previousMinutes.current.get(lensId) ?? DEFAULT_LENS_MINUTES
    update((current) =>
      current.some((i) => i.lensId === lensId) ? current : [...current, { lensId, minutes }],
    )
    focusLater(includeId(lensId))
  }

  return (
    <section className="panel prepare-panel" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('prepare.agenda.heading')}</h2>
      <p className="panel__hint">{t('prepare.agenda.hint')}</p>
      <SortableList
        items={agenda}
        getId={(item) => item.lensId}
        getLabel={(item) => titleOf(item.lensId)}
        label={t('prepare.agenda.list')}
        texts={texts}
        className="agenda-list"
        onMove={(from, to) => update((current) => moveItem(current, from, to))}
        renderItem={(item, index) => (
          <>
            <span className="sortable__number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="agenda-list__lens">
              <LensCheckbox
                lensId={item.lensId}
                title={titleOf(item.lensId)}
                checked
                disabled={lastOne}
                describedBy={lastOne ? LAST_ONE_HINT : undefined}
                onChange={() => exclude(item)}
              />
              {schedule[index] && (
                <span className="agenda-list__start">
                  {t('prepare.agenda.startsAt', { time: schedule[index] })}
                </span>
              )}
            </span>
            <MinutesInput
              id={`agenda-minutes-${item.lensId}`}
              lens={titleOf(item.lensId)}
              minutes={item.minutes}
              onCommit={(minutes) =>
                update((current) =>
                  current.map((i) => (i.lensId === item.lensId ? { ...i, minutes } : i)),
                )
              }
            />
          </>
        )}
      />
      {lastOne && (
        <p id={LAST_ONE_HINT} className="field__hint agenda-list__last-one">
          {t('prepare.agenda.lastOne')}
        </p>
      )}
      <AgendaSummary agenda={agenda} startTime={workshop.startTime} endTime={workshop.endTime} />
      {excluded.length > 0 && (
        <div className="agenda-excluded">
          <h3 id="agenda-excluded-heading">{t('prepare.agenda.excludedHeading')}</h3>
          <p className="field__hint">{t('prepare.agenda.excludedHint')}</p>
          <ul className="agenda-excluded__list" aria-labelledby="agenda-excluded-heading">
            {excluded.map((lens) => (
              <li key={lens.id} className="agenda-excluded__item">
                <LensCheckbox
                  lensId={lens.id}
                  title={lens.title}
                  checked={false}
                  onChange={() => include(lens.id)}
                />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
