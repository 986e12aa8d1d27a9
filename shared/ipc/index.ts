/** The IPC contract and its result envelope. */
export * from './channels'
export * from './contract'
export * from './events'
export * from './problems'
export * from './result'
