/**
 * The ratings of a whole six-lens workshop with six people, lens by lens: today's (one digit per
 * person, 0 = unsure), the target's, and the scores the room agreed for both.
 */
export interface Round {
  today: string[]
  target: string[]
  agreed: [number, number]
}

export const SIX_LENS_ROUNDS: readonly Round[] = [
  { today: ['2', '3', '2', '4', '3', '0'], target: ['4', '4', '5', '4', '4', '4'], agreed: [2, 4] },
  { today: ['1', '2', '2', '1', '2', '2'], target: ['4', '3', '4', '4', '4', '3'], agreed: [2, 4] },
  { today: ['3', '3', '2', '3', '3', '3'], target: ['5', '4', '4', '5', '4', '4'], agreed: [3, 4] },
  { today: ['1', '1', '2', '1', '1', '2'], target: ['3', '4', '4', '3', '4', '4'], agreed: [1, 4] },
  { today: ['2', '4', '1', '3', '2', '2'], target: ['4', '4', '4', '4', '5', '4'], agreed: [2, 4] },
  { today: ['3', '2', '3', '3', '2', '3'], target: ['5', '5', '4', '5', '5', '5'], agreed: [3, 5] },
]
