/** Default content: the wording the app ships with, free of any platform. */
export * from './defaultTemplate'
