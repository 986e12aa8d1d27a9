/**
 * The one papaparse function shared/ uses, typed here: @types/papaparse pulls Node's types into
 * whatever imports it, and shared/ must stay free of them (ARCHITECTURE.md, boundaries). The
 * package's browser build is imported by path: its main file requires Node's 'stream'.
 */
declare module 'papaparse/papaparse.min.js' {
  export interface UnparseObject {
    fields: string[]
    data: unknown[][]
  }
  export interface UnparseConfig {
    /** Cells matching it get a leading apostrophe, so spreadsheets read them as text. */
    escapeFormulae?: boolean | RegExp
    newline?: string
  }
  const Papa: { unparse(data: UnparseObject, config?: UnparseConfig): string }
  export default Papa
}
