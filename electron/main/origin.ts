/**
 * How main compares origins. Node's URL reports 'null' as the origin of any non-special scheme
 * (so `new URL('app://vantage/').origin` is 'null'), which would make every app:// sender look
 * untrusted; this serialises scheme and host ourselves, the way Chromium does for standard schemes.
 */

/** `scheme://host[:port]` of an absolute URL, or null when it has no host or does not parse. */
export function originOf(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.host === '') return null
  return `${parsed.protocol}//${parsed.host}`
}

/** Whether `url` is served from one of `origins`; anything unparsable is untrusted. */
export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url)
  return origin !== null && origins.includes(origin)
}
