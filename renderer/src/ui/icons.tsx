/** The small drawn icons of the lists people reorder: a drag grip and the up/down arrows. */

/** Two columns of three dots; `height` spaces the rows (18 for a compact row). */
export function GripIcon({ height = 20 }: { height?: number }) {
  const gap = (height - 6) / 2
  return (
    <svg
      width="12"
      height={height}
      viewBox={`0 0 12 ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      {[3, 3 + gap, 3 + 2 * gap].flatMap((y) =>
        [3, 9].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.6" />),
      )}
    </svg>
  )
}

export function ArrowIcon({ direction, size = 16 }: { direction: 'up' | 'down'; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path
        d={direction === 'up' ? 'M3 8.5 7 4.5l4 4' : 'M3 5.5l4 4 4-4'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
