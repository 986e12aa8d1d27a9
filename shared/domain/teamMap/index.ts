/** The team map: today's operating model and the target one, and what changes between them. */
export * from './teamMap'
export * from './mapDiffTypes'
export * from './mapDiff'
export * from './mapChecks'
export * from './teamChoices'
export * from './mapDrafts'
