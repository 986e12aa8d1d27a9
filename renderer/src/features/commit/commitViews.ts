/** The views of the commit tab, in the order a workshop walks them, and where each one lives. */

export const COMMIT_VIEWS = ['review', 'bets', 'vote', 'prioritise'] as const
export type CommitView = (typeof COMMIT_VIEWS)[number]

export function isCommitView(value: string | undefined): value is CommitView {
  return (COMMIT_VIEWS as readonly string[]).includes(value ?? '')
}

export function commitHref(workshopId: string, view: CommitView = 'bets'): string {
  return `/workshops/${encodeURIComponent(workshopId)}/commit/${view}`
}
