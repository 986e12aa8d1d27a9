/**
 * Over time: this workshop beside an earlier one. Both radars overlaid, a table of what changed
 * per lens, and in words which lenses moved today and which did not. The earlier workshop's
 * scores are the copy kept with this workshop (see EarlierWorkshop), so the view reads the same
 * on any laptop the session file is opened on.
 */
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { lensDeltas, radarSeries, type EarlierWorkshop, type LensDelta } from '@shared/domain'
import { formatCalendarDate } from '../../../i18n/format'
import type { SessionData } from '../../../store/session/sessionData'
import { Button } from '../../../ui/Button'
import { RadarChart } from '../radar/RadarChart'
import { overTimeLines } from '../radar/radarLines'
import { DeltaTable } from './DeltaTable'
import { EarlierPicker } from './EarlierPicker'
import { useEarlierWorkshop } from './useEarlierWorkshop'

function MovedList({ label, rows }: { label: string; rows: readonly LensDelta[] }) {
  if (rows.length === 0) return null
  return (
    <div className="moved">
      <dt>{label}</dt>
      <dd>{rows.map((row) => row.title).join(', ')}</dd>
    </div>
  )
}

function WhatMoved({
  deltas,
  earlierTitle,
}: {
  deltas: readonly LensDelta[]
  earlierTitle: string
}) {
  const { t } = useTranslation()
  const headingId = useId()
  const shared = deltas.filter((row) => row.presence === 'both')
  const of = (moved: LensDelta['moved']) => shared.filter((row) => row.moved === moved)
  const only = (presence: LensDelta['presence']) => deltas.filter((r) => r.presence === presence)
  return (
    <section className="what-moved" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('compare.overTime.movedLabel')}</h3>
      <dl>
        <MovedList label={t('compare.overTime.movedUp')} rows={of('up')} />
        <MovedList label={t('compare.overTime.movedDown')} rows={of('down')} />
        <MovedList label={t('compare.overTime.notMoved')} rows={of('same')} />
        <MovedList label={t('compare.overTime.unknown')} rows={of('unknown')} />
        <MovedList
          label={t('compare.overTime.onlyThen', { title: earlierTitle })}
          rows={only('earlierOnly')}
        />
        <MovedList label={t('compare.overTime.onlyNow')} rows={only('laterOnly')} />
      </dl>
    </section>
  )
}

function Comparison({ data, earlier }: { data: SessionData; earlier: EarlierWorkshop }) {
  const { t } = useTranslation()
  const deltas = useMemo(() => lensDeltas(earlier.lenses, radarSeries(data)), [earlier, data])
  const series = overTimeLines(deltas, {
    nowToday: t('compare.overTime.series.nowToday'),
    nowTarget: t('compare.overTime.series.nowTarget'),
    thenToday: t('compare.overTime.series.thenToday', { title: earlier.title }),
    thenTarget: t('compare.overTime.series.thenTarget', { title: earlier.title }),
  })
  return (
    <div className="over-time__comparison">
      <div className="over-time__chart">
        <RadarChart
          axes={deltas.map((row) => row.title)}
          series={series}
          title={t('compare.overTime.chartTitle', { title: earlier.title })}
        />
      </div>
      <div className="over-time__numbers">
        <WhatMoved deltas={deltas} earlierTitle={earlier.title} />
        <DeltaTable deltas={deltas} earlierTitle={earlier.title} />
      </div>
    </div>
  )
}

function EarlierHeader({ earlier, onChange }: { earlier: EarlierWorkshop; onChange: () => void }) {
  const { t } = useTranslation()
  const actions = useEarlierWorkshop()
  const [problem, setProblem] = useState('')
  const details = [
    earlier.organisation,
    earlier.date ? formatCalendarDate(earlier.date) : '',
    earlier.workshopId === null ? t('compare.overTime.fromFile') : t('compare.overTime.fromList'),
  ].filter(Boolean)
  async function stop() {
    const outcome = await actions.clear()
    setProblem(!outcome.ok && 'problem' in outcome ? outcome.problem : '')
  }
  return (
    <div className="over-time__earlier">
      <p>
        <strong>{t('compare.overTime.comparedWith', { title: earlier.title })}</strong>{' '}
        <span className="over-time__details">{details.join(' · ')}</span>
      </p>
      <div className="over-time__actions">
        <Button onClick={onChange}>{t('compare.overTime.change')}</Button>
        <Button variant="quiet" onClick={() => void stop()}>
          {t('compare.overTime.stop')}
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

export function OverTimeView({ data }: { data: SessionData }) {
  const { t } = useTranslation()
  const headingId = useId()
  const [picking, setPicking] = useState(false)
  const earlier = data.workshop.earlier
  return (
    <section className="compare-view over-time" aria-labelledby={headingId}>
      <header className="compare-view__header">
        <h2 id={headingId}>{t('compare.overTime.heading')}</h2>
        <p>{t('compare.overTime.intro')}</p>
      </header>
      {earlier && <EarlierHeader earlier={earlier} onChange={() => setPicking(true)} />}
      {(!earlier || picking) && (
        <EarlierPicker workshopId={data.workshop.id} onDone={() => setPicking(false)} />
      )}
      {earlier && <Comparison data={data} earlier={earlier} />}
    </section>
  )
}
