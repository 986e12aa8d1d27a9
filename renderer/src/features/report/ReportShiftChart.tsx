/**
 * A lens's move from today to the target on the 1–5 scale, as a small vector figure: a hollow
 * dot for today, a filled one for the target, a line between them. The numbers sit in the
 * table beside it; this only lets the eye compare lenses.
 */
import type { MaturityLevel } from '@shared/domain'

const WIDTH = 120
const HEIGHT = 18
const PAD = 8
const STEP = (WIDTH - 2 * PAD) / 4
const MID = HEIGHT / 2

const x = (level: number) => PAD + (level - 1) * STEP

interface Props {
  current: MaturityLevel | null
  target: MaturityLevel | null
  label: string
}

export function ReportShiftChart({ current, target, label }: Props) {
  return (
    <svg
      className="report-shift"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMidYMid meet"
    >
      <line className="report-shift__track" x1={x(1)} x2={x(5)} y1={MID} y2={MID} />
      {[1, 2, 3, 4, 5].map((level) => (
        <line
          key={level}
          className="report-shift__tick"
          x1={x(level)}
          x2={x(level)}
          y1={MID - 3}
          y2={MID + 3}
        />
      ))}
      {current !== null && target !== null && (
        <line className="report-shift__move" x1={x(current)} x2={x(target)} y1={MID} y2={MID} />
      )}
      {current !== null && (
        <circle className="report-shift__current" cx={x(current)} cy={MID} r={4.2} />
      )}
      {target !== null && (
        <circle className="report-shift__target" cx={x(target)} cy={MID} r={4.2} />
      )}
    </svg>
  )
}

/** The key to the figure, drawn with the same marks. */
export function ReportShiftLegend({ today, target }: { today: string; target: string }) {
  return (
    <p className="report-legend">
      <svg className="report-legend__mark" viewBox="0 0 12 12" aria-hidden="true">
        <circle className="report-shift__current" cx={6} cy={6} r={4.2} />
      </svg>
      {today}
      <svg className="report-legend__mark" viewBox="0 0 12 12" aria-hidden="true">
        <circle className="report-shift__target" cx={6} cy={6} r={4.2} />
      </svg>
      {target}
    </p>
  )
}
