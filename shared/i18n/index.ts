/** Language facts shared by main and renderer. */
export * from './languages'
export * from './phrases'
