/** Default content: the wording the app ships with, free of any platform. */
export * from './builtInTemplates'
export * from './defaultTemplate'
export * from './defaultTemplateFrench'
export * from './defaultTemplateGerman'
