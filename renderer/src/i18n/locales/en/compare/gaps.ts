/** English text of the compare tab's gap ranking. */
export const gaps = {
  heading: 'Where the gaps are widest',
  intro:
    'Lenses ordered by the distance between the agreed target and where the room agreed it stands today. Equal gaps go to the higher target first, then to the agenda order.',
  empty:
    'No lens has both an agreed score for today and one for the target yet. The ranking fills in as the room agrees them.',
  caption: 'Lenses ranked by gap',
  rank: 'Rank',
  lens: 'Lens',
  today: 'Today',
  target: 'Target',
  gap: 'Gap',
  keyShift: 'Key shift',
  noShift: 'No key shift written',
  gapValue_one: '{{count}} level',
  gapValue_other: '{{count}} levels',
  bet: 'Bet',
  makeBet: 'Make a bet',
  makeBetLabel: 'Make a bet on {{lens}}',
  betAdded: 'Added the bet “{{title}}”.',
  openBets: 'See all bets',
  dismiss: 'Dismiss',
}
