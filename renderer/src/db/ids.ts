/** Identity and time for new records, injectable so tests are deterministic. */

export interface RecordFactory {
  newId(): string
  now(): number
}

export const systemRecordFactory: RecordFactory = {
  newId: () => crypto.randomUUID(),
  now: () => Date.now(),
}
