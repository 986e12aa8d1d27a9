/** Numbers as the room reads them: a gap with its sign, so "+2" reads as two levels to close. */
export function signedGap(gap: number | null): string {
  if (gap === null) return '–'
  return gap > 0 ? `+${gap}` : `${gap}`
}
