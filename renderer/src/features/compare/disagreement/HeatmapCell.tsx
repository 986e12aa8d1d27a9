/**
 * One cell of the heatmap: the value in text, always, and a shade by value. Unsure, missing and
 * negative values also say so in words for screen readers, so colour is never the only signal.
 */
import { useTranslation } from 'react-i18next'
import type { HeatmapRow } from '@shared/domain'

export type HeatMode = 'current' | 'target' | 'gap'
export type HeatCell = HeatmapRow['cells'][string]

interface CellView {
  /** What the eye reads; hidden from screen readers when `spoken` says it better. */
  shown: string
  spoken?: string
  /** Extra words read after the shown text. */
  note?: string
  shade: string
}

/** Shades 1..5 for levels and positive gaps; 1..3 for targets below today. */
function gapShade(gap: number): string {
  if (gap === 0) return 'heat--zero'
  if (gap > 0) return `heat--level-${Math.min(gap + 1, 5)}`
  return `heat--below-${Math.min(-gap, 3)}`
}

function useCellView(cell: HeatCell | undefined, mode: HeatMode): CellView {
  const { t } = useTranslation()
  if (mode === 'gap') {
    const gap = cell?.gap ?? null
    if (gap === null) {
      return {
        shown: t('compare.disagreement.heatmap.marks.none'),
        spoken: t('compare.disagreement.heatmap.noGap'),
        shade: 'heat--none',
      }
    }
    const shown =
      gap > 0
        ? t('compare.disagreement.heatmap.marks.up', { gap })
        : gap < 0
          ? t('compare.disagreement.heatmap.marks.down', { gap: -gap })
          : String(gap)
    const note = gap < 0 ? t('compare.disagreement.heatmap.below') : undefined
    return { shown, note, shade: gapShade(gap) }
  }
  const value = cell?.[mode] ?? null
  if (value === null) {
    return {
      shown: t('compare.disagreement.heatmap.marks.none'),
      spoken: t('compare.disagreement.heatmap.notShown'),
      shade: 'heat--none',
    }
  }
  if (value === 'unsure') {
    return {
      shown: t('compare.disagreement.heatmap.marks.unsure'),
      spoken: t('compare.disagreement.heatmap.unsure'),
      shade: 'heat--unsure',
    }
  }
  return { shown: String(value), shade: `heat--level-${value}` }
}

export function HeatmapCell({ cell, mode }: { cell: HeatCell | undefined; mode: HeatMode }) {
  const view = useCellView(cell, mode)
  return (
    <td className={`heat ${view.shade}`}>
      {view.spoken === undefined ? (
        view.shown
      ) : (
        <>
          <span aria-hidden="true">{view.shown}</span>
          <span className="visually-hidden">{view.spoken}</span>
        </>
      )}
      {view.note !== undefined && <span className="visually-hidden"> ({view.note})</span>}
    </td>
  )
}
