/** The views of the commit tab, in the order a workshop walks them, and where each one lives. */

export const COMMIT_VIEWS = ['review', 'bets', 'vote', 'prioritise'] as const
export type CommitView = (typeof COMMIT_VIEWS)[number]

export function isCommitView(value: string | undefined): value is CommitView {
  return (COMMIT_VIEWS as readonly string[]).includes(value ?? '')
}

/** Without a view, the tab opens where the room should start (see CommitScreen). */
export function commitHref(workshopId: string, view?: CommitView): string {
  const base = `/workshops/${encodeURIComponent(workshopId)}/commit`
  return view ? `${base}/${view}` : base
}
