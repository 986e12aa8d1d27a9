/** A file name the facilitator would choose: the workshop's title, tidied, with its extension. */
import { t } from '../../i18n'

export function fileNameFor(title: string, extension: 'vantage' | 'csv' | 'pdf'): string {
  const base = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim()
  return `${base || t('files.actions.untitledFileName')}.${extension}`
}
