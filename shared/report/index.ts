/** The take-home outputs of a workshop: the report model the PDF is drawn from, and the CSV. */
export * from './reportModel'
export * from './buildReport'
export * from './betsReport'
export * from './teamMapReport'
export * from './ratingsCsv'
export * from './betsCsv'
