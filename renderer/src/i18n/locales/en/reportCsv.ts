/**
 * English column names and values of the CSV exports (report.csv, report.betsCsv). Their own file
 * because a workshop's ratings and bets are exported from the first screens too.
 */
export const betsCsv = {
  columns: {
    priority: 'Priority',
    group: 'Group',
    title: 'Bet',
    hypothesis: 'Hypothesis',
    status: 'Status',
    owner: 'Owner',
    horizon: 'Horizon',
    size: 'Size',
    lens: 'Lens',
    gap: 'Gap',
    teams: 'Teams',
    risk: 'Risk',
    upside: 'Upside',
    reviewDate: 'Review date',
    dots: 'Dots',
  },
  groups: {
    committed: 'Committed',
    waiting: 'Waiting below the line',
    parked: 'Parking lot',
    closed: 'Closed',
  },
} as const

export const csv = {
  columns: {
    participant: 'Participant',
    role: 'Role',
    lens: 'Lens',
    state: 'State',
    score: 'Score',
    note: 'Note',
    revealed: 'Revealed',
  },
  states: { current: 'Current', target: 'Target' },
  unsure: 'Unsure',
  yes: 'Yes',
  no: 'No',
  anonymousName: 'Participant {{number}}',
} as const
