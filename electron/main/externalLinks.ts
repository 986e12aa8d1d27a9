/**
 * The one door from the app to another program: a link the page opens goes to the system's
 * browser or mail program only when it is an https: or a mailto: address. The OS hands any
 * other scheme to whatever program claims it (file:, smb:, ms-settings:, a scheme some
 * installed tool registered), so those are refused, and so is plain http:, which a café's
 * network could rewrite on its way.
 */
import { shell } from 'electron'

const ALLOWED_SCHEMES = new Set(['https:', 'mailto:'])
/** Far beyond a real link; a longer one is more likely a payload than an address. */
export const MAX_EXTERNAL_URL_LENGTH = 2048

/**
 * The address to hand to the OS, as the URL parser writes it, or null when it must not leave:
 * another scheme, no host, a user name or password in it (a way to disguise where it goes).
 */
export function allowedExternalUrl(url: string): string | null {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (!ALLOWED_SCHEMES.has(parsed.protocol)) return null
  if (parsed.protocol === 'https:' && (parsed.hostname === '' || parsed.username !== '')) {
    return null
  }
  if (parsed.password !== '') return null
  if (parsed.protocol === 'mailto:' && parsed.pathname === '') return null
  return parsed.href
}

/** Opens `url` in the browser or mail program when allowed; says whether it did. */
export function openExternalLink(url: string): boolean {
  const allowed = allowedExternalUrl(url)
  if (allowed === null) {
    console.warn(`Vantage did not open ${url.slice(0, 200)}: only https: and mailto: links leave.`)
    return false
  }
  shell.openExternal(allowed).catch((error: unknown) => {
    console.error(`Vantage could not open ${allowed} outside the app:`, error)
  })
  return true
}
