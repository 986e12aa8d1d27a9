/**
 * The person the facilitator overlays on the room's radar: who can be chosen, in the compare
 * views' room order, what each is called (never a name in an anonymous workshop), and that
 * person's own revealed scores per lens.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { heatmap, participantRadar, type HeatValue, type HeatmapRow } from '@shared/domain'
import type { SessionData } from '../../../store/session/sessionData'
import { roomLabels } from '../roomLabels'

export interface PersonOption {
  id: string
  label: string
}

/** A person's own score for one state: the level the chart plots, 'unsure', or null. */
export type PersonScore = number | 'unsure' | null

export interface PersonCell {
  current: PersonScore
  target: PersonScore
}

export interface OverlaidPerson {
  id: string
  label: string
  /** Per agenda lens, in the order of radarSeries. */
  cells: PersonCell[]
}

export interface PersonOverlay {
  options: PersonOption[]
  /** '' when nobody is overlaid. */
  selectedId: string
  select: (id: string) => void
  person: OverlaidPerson | null
}

function heatValueOf(row: HeatmapRow, lensId: string, state: 'current' | 'target'): HeatValue {
  return Object.hasOwn(row.cells, lensId) ? (row.cells[lensId]?.[state] ?? null) : null
}

export function usePersonOverlay(data: SessionData): PersonOverlay {
  const { t } = useTranslation()
  const [chosenId, select] = useState('')
  const rows = useMemo(() => heatmap(data), [data])
  const options = useMemo(() => {
    const labels = roomLabels(rows, data.workshop.anonymous, (number) =>
      t('compare.person', { number }),
    )
    return rows.map((row) => ({
      id: row.participantId,
      label: labels.get(row.participantId) ?? '',
    }))
  }, [rows, data.workshop.anonymous, t])
  const row = rows.find((r) => r.participantId === chosenId)
  const option = options.find((o) => o.id === chosenId)
  const person = useMemo((): OverlaidPerson | null => {
    if (!row || !option) return null
    // The plotted numbers come from participantRadar alone, so chart and table cannot differ;
    // the heatmap only tells an unsure answer apart from a missing one.
    const scoreOf = (plotted: number | null, lensId: string, state: 'current' | 'target') =>
      plotted ?? (heatValueOf(row, lensId, state) === 'unsure' ? 'unsure' : null)
    const cells = participantRadar(data, row.participantId).map(
      ({ lensId, current, target }): PersonCell => ({
        current: scoreOf(current, lensId, 'current'),
        target: scoreOf(target, lensId, 'target'),
      }),
    )
    return { id: row.participantId, label: option.label, cells }
  }, [data, row, option])
  // Someone removed from the room while overlaid falls back to nobody.
  return { options, selectedId: person ? person.id : '', select, person }
}
