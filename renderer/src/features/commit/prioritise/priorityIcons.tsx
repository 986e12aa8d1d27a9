/** The small drawn icons of the prioritised list: a drag grip and the up/down arrows. */

export function GripIcon() {
  return (
    <svg width="12" height="20" viewBox="0 0 12 20" aria-hidden="true" focusable="false">
      {[3, 10, 17].flatMap((y) =>
        [3, 9].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.6" />),
      )}
    </svg>
  )
}

export function ArrowIcon({ direction }: { direction: 'up' | 'down' }) {
  return (
    <svg width="16" height="16" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
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
