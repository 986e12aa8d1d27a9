/**
 * How the room rated one lens in one state, as a vector column chart: a column per level and
 * one for "unsure", the agreed level filled dark, the median as a dashed line. The same counts
 * are in the SVG's title and description for anyone who cannot see the picture.
 */
import { useId } from 'react'
import { MATURITY_LEVELS, type MaturityLevel, type RatingSummary } from '@shared/domain'

const WIDTH = 300
const HEIGHT = 134
const LEFT = 8
const COLUMN = 34
const GAP = 12
const UNSURE_GAP = 26
const BASELINE = 100
const TOP = 42

const columnX = (index: number) => LEFT + index * (COLUMN + GAP)
const UNSURE_X = columnX(4) + COLUMN + UNSURE_GAP
/** Centre of a (possibly half) level, for the median line. */
const levelCentre = (level: number) => columnX(level - 1) + COLUMN / 2

export interface DistributionLabels {
  title: string
  description: string
  median: string | null
  unsure: string
  agreed: string
}

interface Props {
  summary: RatingSummary
  consensus: MaturityLevel | null
  labels: DistributionLabels
}

export function ReportDistribution({ summary, consensus, labels }: Props) {
  const id = useId()
  const { counts, unsure } = summary.distribution
  const most = Math.max(1, unsure, ...MATURITY_LEVELS.map((level) => counts[level]))
  const barHeight = (count: number) => (count === 0 ? 1.5 : ((BASELINE - TOP) * count) / most)

  const column = (x: number, count: number, className: string) => (
    <g>
      <rect
        className={className}
        x={x}
        y={BASELINE - barHeight(count)}
        width={COLUMN}
        height={barHeight(count)}
      />
      <text
        className={`report-chart__count${count === 0 ? ' report-chart__count--zero' : ''}`}
        x={x + COLUMN / 2}
        y={BASELINE - barHeight(count) - 4}
        textAnchor="middle"
      >
        {count}
      </text>
    </g>
  )

  const median = summary.median
  const medianX = median === null ? 0 : levelCentre(median)
  // On a column, the line would cross its count: it stops just above it instead.
  const medianColumn =
    median !== null && Number.isInteger(median) ? (median as MaturityLevel) : null
  const medianEnd =
    medianColumn === null ? BASELINE : BASELINE - barHeight(counts[medianColumn]) - 18

  return (
    <svg
      className="report-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{labels.title}</title>
      <desc id={`${id}-desc`}>{labels.description}</desc>
      {/* Behind the columns: the line shows above them, never across a count. */}
      {median !== null && labels.median && (
        <g>
          <line className="report-chart__median" x1={medianX} x2={medianX} y1={15} y2={medianEnd} />
          <text className="report-chart__note" x={medianX} y={11} textAnchor="middle">
            {labels.median}
          </text>
        </g>
      )}
      {MATURITY_LEVELS.map((level, index) => (
        <g key={level}>
          {column(
            columnX(index),
            counts[level],
            level === consensus
              ? 'report-chart__bar report-chart__bar--agreed'
              : 'report-chart__bar',
          )}
          {level === consensus ? (
            <>
              <circle className="report-chart__agreed" cx={levelCentre(level)} cy={113} r={8.5} />
              <text
                className="report-chart__level report-chart__level--agreed"
                x={levelCentre(level)}
                y={117}
                textAnchor="middle"
              >
                {level}
              </text>
              <text
                className="report-chart__note"
                x={levelCentre(level)}
                y={132}
                textAnchor="middle"
              >
                {labels.agreed}
              </text>
            </>
          ) : (
            <text
              className="report-chart__level"
              x={levelCentre(level)}
              y={117}
              textAnchor="middle"
            >
              {level}
            </text>
          )}
        </g>
      ))}
      <line
        className="report-chart__axis"
        x1={0}
        x2={columnX(4) + COLUMN + 4}
        y1={BASELINE}
        y2={BASELINE}
      />
      {column(UNSURE_X, unsure, 'report-chart__bar report-chart__bar--unsure')}
      <line
        className="report-chart__axis"
        x1={UNSURE_X - 4}
        x2={UNSURE_X + COLUMN + 4}
        y1={BASELINE}
        y2={BASELINE}
      />
      <text className="report-chart__level" x={UNSURE_X + COLUMN / 2} y={117} textAnchor="middle">
        {labels.unsure}
      </text>
    </svg>
  )
}
