/** Joining from phones: the wire format, codes, schemas and what each device may see. */
export * from './codes'
export * from './deviceView'
export * from './host'
export * from './protocol'
