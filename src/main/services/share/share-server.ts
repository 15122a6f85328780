/**
 * The participant server's requests: a second, small HTTP server on the address the
 * facilitator chose, with nothing of the app's own server behind it. It answers the page,
 * its script and styles, the view (`/now.json`, and `/live` as server-sent events) and the
 * chosen handouts — and 404 to everything else. The code in the URL is exchanged once for
 * a cookie (HttpOnly, named for this share's port); a wrong code gets 403 and the form; a
 * client that asks too often gets 429. Host must name this server (no DNS rebinding).
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Language } from '@shared/model'
import { participantWords } from '@shared/participant-words'
import { readCookie } from '../../browser-host/request-guard'
import { normaliseCode, sameSecret } from './access-code'
import { joinPage, PAGE_SCRIPT, PAGE_STYLES, participantPage, plainPage } from './page'
import type { RateLimiter } from './rate-limit'

export const SHARE_CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export const shareHeaders = {
  'Content-Security-Policy': SHARE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
}

export const shareCookie = (port: number): string => `tc_share_${port}`

/** What the server needs of the share while it runs (the service gives it). */
export interface ShareState {
  host: string
  port: number
  code: string
  secret: string
  language(): Language
  /** the view as JSON, built now */
  viewJson(): string
  /** the file of a chosen handout, or null */
  handoutFile(id: string): { path: string; fileName: string } | null
  /** adds a /live client; answers a function that removes it */
  follow(send: (json: string) => void): () => void
  requests: RateLimiter
  codeTries: RateLimiter
  /** /live connections open per client address */
  liveByClient: Map<string, number>
  maxLivePerClient: number
}

const html = 'text/html; charset=utf-8'

function send(res: ServerResponse, status: number, body: string, type = html, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...shareHeaders, 'Content-Type': type, ...extra })
  res.end(body)
}

function tooMany(s: ShareState, res: ServerResponse, limiter: RateLimiter, client: string) {
  const retry = String(Math.max(1, limiter.retryAfter(client)))
  send(res, 429, plainPage(s.language(), participantWords[s.language()].tooMany), html, { 'Retry-After': retry })
}

function join(s: ShareState, url: URL, res: ServerResponse, client: string) {
  if (!s.codeTries.take(client)) return tooMany(s, res, s.codeTries, client)
  if (!sameSecret(normaliseCode(url.searchParams.get('code') ?? ''), s.code))
    return send(res, 403, joinPage(s.language(), 'wrong'))
  res.writeHead(303, {
    ...shareHeaders,
    'Set-Cookie': `${shareCookie(s.port)}=${s.secret}; HttpOnly; SameSite=Lax; Path=/`,
    Location: '/',
  })
  res.end()
}

function live(s: ShareState, req: IncomingMessage, res: ServerResponse, client: string) {
  const open = s.liveByClient.get(client) ?? 0
  if (open >= s.maxLivePerClient) return tooMany(s, res, s.requests, client)
  s.liveByClient.set(client, open + 1)
  res.writeHead(200, { ...shareHeaders, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' })
  const write = (json: string) => res.write(`data: ${json}\n\n`)
  write(s.viewJson())
  const stop = s.follow(write)
  req.on('close', () => {
    stop()
    const left = (s.liveByClient.get(client) ?? 1) - 1
    if (left > 0) s.liveByClient.set(client, left)
    else s.liveByClient.delete(client)
  })
}

async function handout(s: ShareState, id: string, res: ServerResponse) {
  const file = s.handoutFile(id)
  const info = file ? await stat(file.path).catch(() => null) : null
  if (!file || !info?.isFile()) return send(res, 404, plainPage(s.language(), participantWords[s.language()].notFound))
  res.writeHead(200, {
    ...shareHeaders,
    'Content-Type': 'application/pdf',
    'Content-Length': info.size,
    'Content-Disposition': `attachment; filename="handout.pdf"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  })
  createReadStream(file.path).pipe(res)
}

function decoded(path: string): string | null {
  try {
    return decodeURIComponent(path)
  } catch {
    return null
  }
}

const pages = new Set(['/', '/page.css', '/page.js', '/now.json', '/live'])
const isKnown = (path: string) => pages.has(path) || /^\/handouts\/[^/]+$/.test(path)

export function shareRequestHandler(s: ShareState) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const client = req.socket.remoteAddress ?? '?'
    const words = participantWords[s.language()]
    if (req.headers.host !== `${s.host}:${s.port}`) return send(res, 403, plainPage(s.language(), words.notFound))
    if (!s.requests.take(client)) return tooMany(s, res, s.requests, client)
    const url = new URL(req.url ?? '/', `http://${s.host}:${s.port}`)
    const path = url.pathname
    // read-only: nothing here answers a POST, a PUT or a DELETE
    if (!isKnown(path) || (req.method !== 'GET' && req.method !== 'HEAD'))
      return send(res, 404, plainPage(s.language(), words.notFound))
    if (path === '/page.css') return send(res, 200, PAGE_STYLES, 'text/css; charset=utf-8')
    if (path === '/page.js') return send(res, 200, PAGE_SCRIPT, 'text/javascript; charset=utf-8')
    if (path === '/' && url.searchParams.has('code')) return join(s, url, res, client)
    if (!sameSecret(readCookie(req.headers.cookie, shareCookie(s.port)), s.secret))
      return send(res, 403, path === '/' ? joinPage(s.language()) : plainPage(s.language(), words.wrongCode))
    if (path === '/') return send(res, 200, participantPage(s.language()))
    if (path === '/now.json') return send(res, 200, s.viewJson(), 'application/json; charset=utf-8')
    if (path === '/live') return live(s, req, res, client)
    const id = decoded(path.slice('/handouts/'.length))
    return handout(s, id ?? '', res)
  }
}
