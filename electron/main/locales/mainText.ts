/**
 * Every word main itself shows, per language: the menu (Electron's standard items too, which
 * otherwise follow the system, not the facilitator's setting) and the file dialogs' filters.
 * Sentences about failures are not here: main sends typed problem codes and the renderer says them.
 */
import type { Language } from '../../../shared/i18n/languages'
import { de } from './mainTextGerman'
import { en, type MainText } from './mainTextEnglish'
import { fr } from './mainTextFrench'

export type { MainText }

export const MAIN_TEXT: Record<Language, MainText> = { en, de, fr }
