/**
 * What a print address asks for: `#/print/<workshopId>?paper=A4|Letter&lang=de&autoprint=1`;
 * without `lang` the report is in the app's language. With hash
 * routing the query sits inside the hash, after the route; a query before the hash is read too,
 * since that is where wouter's own navigate() puts one.
 */
import { isLanguage, type Language } from '@shared/i18n'

export type Paper = 'A4' | 'Letter'

export interface PrintRequest {
  workshopId: string
  paper: Paper
  /** The report's language when it is not the app's; null for the app's own. */
  language: Language | null
  autoprint: boolean
}

export function printRequest(routeId: string, hash: string, search: string): PrintRequest {
  const [id = ''] = routeId.split('?')
  const hashQuery = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : ''
  const params = new URLSearchParams(search)
  for (const [key, value] of new URLSearchParams(hashQuery)) params.set(key, value)
  return {
    workshopId: safeDecode(id),
    paper: params.get('paper')?.toLowerCase() === 'letter' ? 'Letter' : 'A4',
    language: isLanguage(params.get('lang')) ? (params.get('lang') as Language) : null,
    autoprint: params.get('autoprint') === '1',
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
