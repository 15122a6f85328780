/**
 * What the desktop window may do with a URL. The app itself lives at
 * app://renderer/ and PDFs at library://; those stay in the window. Only http(s)
 * links are handed to the system browser; every other scheme (file:, javascript:,
 * custom handlers in a hostile PDF) is refused.
 */
export const APP_ORIGIN = 'app://renderer'
export const APP_SCHEME = 'app'
export const LIBRARY_SCHEME = 'library'

export type UrlDecision = 'stay' | 'open-external' | 'deny'

const parse = (raw: string): URL | null => {
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

export function isAppUrl(raw: string): boolean {
  const url = parse(raw)
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === 'renderer'
}

export function isExternalLinkAllowed(raw: string): boolean {
  const url = parse(raw)
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
}

/** For navigation and window.open alike: stay only on the app, hand http(s) out, deny the rest. */
export function decideUrl(raw: string): UrlDecision {
  if (isAppUrl(raw)) return 'stay'
  if (isExternalLinkAllowed(raw)) return 'open-external'
  return 'deny'
}

/** Requests the desktop session lets through; anything else would be a network request of the app's own. */
export function isLocalRequest(raw: string): boolean {
  const url = parse(raw)
  if (!url) return false
  return [`${APP_SCHEME}:`, `${LIBRARY_SCHEME}:`, 'devtools:', 'data:', 'blob:'].includes(url.protocol)
}

/** The scenario presenter view and a workshop's participant screen may open as a second app window. */
export function isPresenterUrl(raw: string): boolean {
  const url = parse(raw)
  return url !== null && isAppUrl(raw) && (url.hash.startsWith('#/present/') || url.hash.startsWith('#/screen/'))
}
