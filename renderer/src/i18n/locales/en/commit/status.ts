/**
 * English bet statuses, wherever a bet's status is shown or chosen (commit.status). Their own
 * file because the CSV of bets, exported from the first screens too, names them.
 */
export const status = {
  proposed: 'Proposed',
  committed: 'Committed',
  parked: 'Parked',
  done: 'Done',
  dropped: 'Dropped',
} as const
