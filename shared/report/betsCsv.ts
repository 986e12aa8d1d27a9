/**
 * The bets of a workshop as CSV: one row per bet in priority order (committed above the commit
 * line, then waiting, the parking lot, then closed bets), with the dots once the votes were
 * revealed. Like the summary it never says who voted for what. Words come from the caller.
 */
import type { BetStatus } from '../domain'
import { reportBets, type ReportBet } from './betsReport'
import { toCsv } from './csv'
import type { ReportSource } from './reportModel'

export interface BetsCsvLabels {
  columns: {
    priority: string
    group: string
    title: string
    hypothesis: string
    status: string
    owner: string
    horizon: string
    size: string
    lens: string
    gap: string
    teams: string
    risk: string
    upside: string
    reviewDate: string
    dots: string
  }
  groups: { committed: string; waiting: string; parked: string; closed: string }
  statuses: Record<BetStatus, string>
}

export function betsCsv(source: ReportSource, labels: BetsCsvLabels): string {
  const bets = reportBets(source)
  const { columns } = labels
  const fields = [
    columns.priority,
    columns.group,
    columns.title,
    columns.hypothesis,
    columns.status,
    columns.owner,
    columns.horizon,
    columns.size,
    columns.lens,
    columns.gap,
    columns.teams,
    columns.risk,
    columns.upside,
    columns.reviewDate,
    columns.dots,
  ]
  if (!bets) return toCsv(fields, [])
  const row = (bet: ReportBet, group: string, priority: number | '') => [
    priority,
    group,
    bet.title,
    bet.hypothesis,
    labels.statuses[bet.status],
    bet.owner,
    bet.horizon,
    bet.size,
    bet.lens ?? '',
    bet.gap ?? '',
    bet.teams.join(', '),
    bet.risk,
    bet.upside,
    bet.reviewDate ?? '',
    bet.dots ?? '',
  ]
  // One priority sequence across the commit line, as the room ranked them.
  const ranked = [...bets.committed, ...bets.waiting]
  return toCsv(fields, [
    ...ranked.map((bet, index) =>
      row(
        bet,
        index < bets.committed.length ? labels.groups.committed : labels.groups.waiting,
        index + 1,
      ),
    ),
    ...bets.parked.map((bet) => row(bet, labels.groups.parked, '')),
    ...bets.closed.map((bet) => row(bet, labels.groups.closed, '')),
  ])
}
