/** After the figures: prints them all together, in the order they were measured. */
import { readFigures } from './figures'

export default function globalTeardown() {
  const lines = readFigures()
  console.log(`\nVantage benchmark (median of runs):\n${lines.join('\n')}`)
}
