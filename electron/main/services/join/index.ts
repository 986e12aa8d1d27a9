/** Joining from phones, main's side: plain Node, no Electron. */
export { listAdapters } from './adapters'
export { createJoinService, type JoinService, type JoinServiceOptions } from './joinService'
