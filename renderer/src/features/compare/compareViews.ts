/** The views of the compare tab, in the order they are offered, and where each one lives. */

export const COMPARE_VIEWS = ['radar', 'gaps', 'disagreement', 'maps', 'over-time'] as const
export type CompareView = (typeof COMPARE_VIEWS)[number]

export function isCompareView(value: string | undefined): value is CompareView {
  return (COMPARE_VIEWS as readonly string[]).includes(value ?? '')
}

export function compareHref(workshopId: string, view: CompareView = 'radar'): string {
  return `/workshops/${encodeURIComponent(workshopId)}/compare/${view}`
}
