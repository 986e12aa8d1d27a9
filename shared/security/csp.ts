/**
 * The renderer's Content Security Policy, kept in a pure module so the Vite build (as a meta tag)
 * and main's app:// protocol (as a response header) send one policy, and main never imports Vite.
 * The meta tag is added only at build time: the dev server injects inline scripts for hot reload,
 * which this policy rightly forbids.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
