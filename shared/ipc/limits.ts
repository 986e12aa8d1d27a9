/**
 * How large the files we read may be, in a module free of zod: the renderer's first screen checks
 * a file's size before anything else, and must not pull the validators in to do so.
 */

/** Session files may be large (a long day with 40 people), but never unbounded. */
export const MAX_SESSION_FILE_BYTES = 50 * 1024 * 1024
/**
 * The largest template the schema allows (12 lenses of 12 prompts, every text at its limit)
 * is about 70,000 characters; even if every one were written as a 6-byte \u escape, the file
 * would stay under 450 KB. 1 MB leaves room for that and refuses anything that cannot be ours.
 */
export const MAX_TEMPLATE_FILE_BYTES = 1024 * 1024

/** A size as the sentences about limits say it: whole megabytes, rounded up. */
export function wholeMegabytes(bytes: number): number {
  return Math.ceil(bytes / (1024 * 1024))
}
