/** Language facts shared by main and renderer. */
export * from './languages'
