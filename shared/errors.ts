/** The sentence an error carries, for saying to the facilitator why something did not happen. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
