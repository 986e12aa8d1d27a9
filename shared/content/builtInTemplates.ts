/**
 * The templates Vantage ships: the six lenses in each language it speaks, each in its own words,
 * with the same lens ids, so workshops run in different languages still compare lens by lens.
 */
import type { Template } from '../domain'
import { isLanguage, type Language } from '../i18n/languages'
import { DEFAULT_TEMPLATE } from './defaultTemplate'
import { DEFAULT_TEMPLATE_FRENCH } from './defaultTemplateFrench'
import { DEFAULT_TEMPLATE_GERMAN } from './defaultTemplateGerman'

export const BUILT_IN_TEMPLATES: Record<Language, Template> = {
  en: DEFAULT_TEMPLATE,
  de: DEFAULT_TEMPLATE_GERMAN,
  fr: DEFAULT_TEMPLATE_FRENCH,
}

/** The built-in in a language (an i18next code), English for one Vantage does not speak. */
export function builtInTemplateOf(language: string): Template {
  return BUILT_IN_TEMPLATES[isLanguage(language) ? language : 'en']
}

/** Every built-in, the one in `first` language leading. */
export function builtInTemplatesFirst(first: string): Template[] {
  const lead = builtInTemplateOf(first)
  return [lead, ...Object.values(BUILT_IN_TEMPLATES).filter((t) => t !== lead)]
}

export function isBuiltInTemplateId(id: string): boolean {
  return Object.values(BUILT_IN_TEMPLATES).some((template) => template.id === id)
}
