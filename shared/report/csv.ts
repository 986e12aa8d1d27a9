/**
 * Writing a CSV for spreadsheets: papaparse does the quoting, so commas, quotes and line breaks
 * survive; a cell that a spreadsheet would run as a formula is made text; a byte order mark lets
 * Excel read accents.
 */
import Papa from 'papaparse/papaparse.min.js'

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection); a leading
 * apostrophe makes it text. papaparse's own default pattern ends in `.*$`, which misses a cell
 * whose formula is followed by a line break, so the pattern is ours.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** Excel reads a CSV without a byte order mark as the local code page and mangles accents. */
const BYTE_ORDER_MARK = '\ufeff'

export function toCsv(fields: readonly string[], rows: readonly (string | number)[][]): string {
  return (
    BYTE_ORDER_MARK +
    Papa.unparse(
      { fields: [...fields], data: rows.map((row) => [...row]) },
      { escapeFormulae: FORMULA_START },
    )
  )
}
