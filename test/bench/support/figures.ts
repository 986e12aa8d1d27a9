/**
 * Figures: medians and percentiles, and the one-line format every figure is printed in,
 * `name: value unit (baseline: value unit, ratio: r)`. Lines are printed as they are measured
 * and kept in a file so that the end of the run prints them all together.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../../..')
const FIGURES_FILE = resolve(ROOT, 'test-results/bench-figures.txt')
export const RENDERER_OUT = resolve(ROOT, 'out/renderer')
export const BARE_OUT = resolve(RENDERER_OUT, 'bench-bare')

/** Runs per figure: few, so the whole benchmark stays within minutes on two cores. */
export const RUNS = 3

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('no values')
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length) - 1
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] as number
}

export const median = (values: readonly number[]) => percentile(values, 50)

function shown(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
}

export interface Measure {
  value: number
  unit: string
}

export function resetFigures() {
  mkdirSync(dirname(FIGURES_FILE), { recursive: true })
  writeFileSync(FIGURES_FILE, '')
}

/** Prints one figure beside its baseline and keeps it for the summary at the end. */
export function report(name: string, measured: Measure, baseline: Measure) {
  const ratio = baseline.value === 0 ? 'n/a' : (measured.value / baseline.value).toFixed(2)
  const line = `${name}: ${shown(measured.value)} ${measured.unit} (baseline: ${shown(baseline.value)} ${baseline.unit}, ratio: ${ratio})`
  console.log(line)
  appendFileSync(FIGURES_FILE, `${line}\n`)
}

export function readFigures(): string[] {
  return readFileSync(FIGURES_FILE, 'utf8').split('\n').filter(Boolean)
}
