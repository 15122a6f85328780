/**
 * Browser mode listens on loopback, but any web page the user visits could still
 * aim requests at it. So every request must carry the access token (query on the
 * first visit, exchanged at once for an HttpOnly SameSite cookie, or a header), a
 * Host header naming this server, and no foreign Origin. Cookies ignore ports, so the
 * cookie's name carries this server's port: two copies on two ports each read their
 * own, and one never takes the other's for its own.
 */
import { timingSafeEqual } from 'node:crypto'

/** The cookie for the server on `port`; a copy on another port has a cookie of its own. */
export const tokenCookie = (port: number): string => `tc_token_${port}`

/**
 * Kept for a working day, not for the browser's session: closing the last tab quits the browser,
 * and the facilitator then opens the plain address again while the server still runs. Not longer:
 * cookies ignore ports, so every server start (a new port unless one is chosen) leaves one, sent to
 * every local service. A new server has a new token, so an older cookie opens nothing.
 */
const COOKIE_SECONDS = 12 * 60 * 60
export const tokenCookieHeader = (port: number, token: string): string =>
  `${tokenCookie(port)}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${COOKIE_SECONDS}`

export const NO_TOKEN = 'no access token'
export const WRONG_TOKEN = 'wrong access token'
export const TOKEN_HEADER = 'x-tc-token'
/** which page is calling (a random id per page), so the changes it makes are not echoed back to it */
export const CLIENT_HEADER = 'x-tc-client'

export interface GuardInput {
  host: string | undefined
  origin: string | undefined
  cookie: string | undefined
  tokenHeader: string | undefined
  tokenQuery: string | null
}

export type GuardVerdict = { ok: true; viaQuery: boolean } | { ok: false; status: 400 | 403; reason: string }

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`])
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}

function same(a: string | undefined | null, b: string): boolean {
  if (typeof a !== 'string') return false
  const [given, expected] = [Buffer.from(a), Buffer.from(b)]
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export function checkRequest(input: GuardInput, token: string, port: number): GuardVerdict {
  const hosts = allowedHosts(port)
  if (!input.host || !hosts.has(input.host)) return { ok: false, status: 403, reason: 'foreign Host header' }
  if (input.origin !== undefined && !hosts.has(input.origin.replace(/^http:\/\//, '')))
    return { ok: false, status: 403, reason: 'foreign Origin header' }
  if (same(input.tokenQuery, token)) return { ok: true, viaQuery: true }
  const given = input.tokenHeader ?? readCookie(input.cookie, tokenCookie(port)) ?? input.tokenQuery
  if (same(input.tokenHeader, token) || same(readCookie(input.cookie, tokenCookie(port)), token))
    return { ok: true, viaQuery: false }
  return { ok: false, status: 403, reason: given ? WRONG_TOKEN : NO_TOKEN }
}
