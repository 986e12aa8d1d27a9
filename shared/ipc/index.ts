/** The IPC contract and its result envelope. */
export * from './contract'
export * from './result'
