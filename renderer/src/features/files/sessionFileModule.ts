/**
 * The session file's reader and writer (zod and the whole schema), loaded when first needed: the
 * first screen starts without them, and the backups load them soon after start (see
 * useBackupScheduler) so a backup at quit never waits on a chunk.
 */
export const sessionFileModule = () => import('@shared/schema/sessionFile')

/** The CSV and report builders (papaparse among them), for the take-home files. */
export const reportModule = () => import('@shared/report')
