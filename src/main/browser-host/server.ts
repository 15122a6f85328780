/**
 * Browser mode: the same renderer and the same dispatcher as the desktop app,
 * behind a small HTTP server on loopback. POST /api/<channel> is the IPC door;
 * /files/<sha256> serves library PDFs (with Range, as pdf.js asks for pieces);
 * GET /backup downloads a full backup; everything else is the built renderer.
 */
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { createReadStream } from 'node:fs'
import { rm, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Core } from '../core'
import { CSP } from '../csp'
import { contentType, libraryFilePath, resolveInside } from '../served-path'
import { checkRequest, CLIENT_HEADER, tokenCookieHeader, TOKEN_HEADER, NO_TOKEN, WRONG_TOKEN } from './request-guard'
import { parseRange } from './range'
import { etagOf, rendererCache, stillFresh } from './caching'
import { composeFirstPage, firstPageParts, type FirstPageParts } from '../first-page'
import { receiveUpload } from '../services/library/uploads'
import { BACKUP_UPLOAD_MAX } from '../services/backups/full-restore'
import { sendFullBackup } from './backup-download'
import { fail, ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import { MAX_BUNDLE_UPLOAD } from '@shared/bundle'

export interface BrowserHostOptions {
  core: Core
  rendererDir: string
  token: string
  port: number
}

export interface BrowserHost {
  server: Server
  port: number
  url: string
  close(): Promise<void>
}

const MAX_BODY = 4 * 1024 * 1024
/** Files are read in 1 MB pieces: a whole 10 MB PDF goes out in ten writes instead of 160. */
const READ_CHUNK = 1024 * 1024

const securityHeaders = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': type, 'Cache-Control': 'no-store' })
  res.end(body)
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw new Error('request body too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** A malformed percent-encoding names no channel: the dispatcher refuses it as unknown. */
function decodeChannel(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

const isPageLoad = (path: string) =>
  !path.startsWith('/api/') &&
  !path.startsWith('/bundle/') &&
  path !== '/upload' &&
  path !== '/events' &&
  path !== '/backup'

/** A tab without the token (usually: the server was restarted and printed a new address). */
const refusalMessage = (reason: string) =>
  reason === NO_TOKEN ? 'session-key-missing' : reason === WRONG_TOKEN ? 'session-ended' : 'request-refused'

function refuse(res: ServerResponse, path: string, status: number, reason: string) {
  const said = userMessage(refusalMessage(reason), { reason })
  if (!isPageLoad(path))
    return send(res, status, JSON.stringify(fail('forbidden', said.text, said)), 'application/json')
  send(res, status, said.text)
}

async function handleApi(core: Core, channel: string, req: IncomingMessage, res: ServerResponse) {
  let input: unknown
  try {
    const body = await readBody(req)
    input = body.trim() === '' ? undefined : JSON.parse(body)
  } catch (error) {
    const message = `The request could not be read: ${(error as Error).message}`
    return send(res, 200, JSON.stringify({ ok: false, error: { code: 'invalid-input', message } }), 'application/json')
  }
  const result = await core.dispatch(decodeChannel(channel), input, req.headers[CLIENT_HEADER])
  send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8')
}

/** A backup or a bundle can be far larger than one PDF: each is uploaded with its own limit (`/upload?for=…`). */
async function handleUpload(core: Core, req: IncomingMessage, res: ServerResponse, purpose: string | null) {
  const json = 'application/json; charset=utf-8'
  try {
    const limit = purpose === 'backup' ? BACKUP_UPLOAD_MAX : purpose === 'bundle' ? MAX_BUNDLE_UPLOAD : core.maxBytes
    const uploadId = await receiveUpload(core.paths, req, limit)
    send(res, 200, JSON.stringify({ ok: true, value: { uploadId } }), json)
  } catch (error) {
    const said =
      error instanceof ServiceError ? error.said : userMessage('upload-failed', { reason: (error as Error).message })
    send(res, 200, JSON.stringify({ ok: false, error: { code: 'import-failed', message: said.text, said } }), json)
  }
}

function streamEvents(core: Core, req: IncomingMessage, res: ServerResponse) {
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  })
  res.write(': connected\n\n')
  const unsubscribe = core.events.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`))
  req.on('close', unsubscribe)
}

async function serveFile(
  path: string | null,
  req: IncomingMessage,
  res: ServerResponse,
  cache: string,
  validate = false,
) {
  const info = path ? await stat(path).catch(() => null) : null
  if (!path || !info?.isFile()) return send(res, 404, 'Not found')
  const etag = validate ? { ETag: etagOf(info) } : {}
  const headers = { ...securityHeaders, 'Content-Type': contentType(path), 'Cache-Control': cache, ...etag }
  if (etag.ETag && stillFresh(req.headers['if-none-match'], etag.ETag)) {
    res.writeHead(304, { ...securityHeaders, 'Cache-Control': cache, ...etag })
    return res.end()
  }
  const range = parseRange(req.headers.range, info.size)
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'Content-Range': `bytes */${info.size}` })
    return res.end()
  }
  if (range) {
    res.writeHead(206, {
      ...headers,
      'Accept-Ranges': 'bytes',
      'Content-Range': `bytes ${range.start}-${range.end}/${info.size}`,
      'Content-Length': range.end - range.start + 1,
    })
    return createReadStream(path, { ...range, highWaterMark: READ_CHUNK }).pipe(res)
  }
  res.writeHead(200, { ...headers, 'Accept-Ranges': 'bytes', 'Content-Length': info.size })
  createReadStream(path, { highWaterMark: READ_CHUNK }).pipe(res)
}

/** A bundle written for browser mode goes out once, as a download streamed from disk, then is removed. */
async function sendBundle(core: Core, id: string, res: ServerResponse) {
  const found = /^[0-9a-f]{32}$/.test(id) ? core.bundles.takeDownload(id) : null
  const info = found ? await stat(found.path).catch(() => null) : null
  if (!found || !info) return send(res, 404, 'Not found')
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': 'application/zip',
    'Content-Length': info.size,
    'Content-Disposition': `attachment; filename="bundle.zip"; filename*=UTF-8''${encodeURIComponent(found.fileName)}`,
    'Cache-Control': 'no-store',
  })
  const stream = createReadStream(found.path, { highWaterMark: READ_CHUNK })
  stream.pipe(res)
  res.on('close', () => void rm(found.path, { force: true }))
}

/**
 * The page itself, in the facilitator's language with its first screen drawn ahead; revalidated by
 * its own content. It carries the first screen's stylesheet (≈ 270 kB): gzipped, once per version
 * of the page, it reaches Chromium in a seventh of the bytes (30–60 ms sooner on a busy 2-core machine).
 */
function pageServer() {
  let packed: { etag: string; gzip: Buffer } | null = null
  return (parts: FirstPageParts | null, core: Core, req: IncomingMessage, res: ServerResponse) => {
    if (!parts) return send(res, 404, 'Not found')
    const body = composeFirstPage(parts, 'browser', core.store.read().settings)
    const version = createHash('sha256').update(body).digest('base64url').slice(0, 22)
    const gzip = /\bgzip\b(?!;\s*q=0(\.0+)?\b)/.test(String(req.headers['accept-encoding'] ?? ''))
    // each encoding its own validator (RFC 9110 §8.8.3)
    const etag = gzip ? `"${version}-gz"` : `"${version}"`
    const headers = { ...securityHeaders, 'Cache-Control': 'no-cache', ETag: etag, Vary: 'Accept-Encoding' }
    if (stillFresh(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers)
      return res.end()
    }
    if (gzip && packed?.etag !== etag) packed = { etag, gzip: gzipSync(body) }
    const bytes = gzip ? packed!.gzip : Buffer.from(body)
    res.writeHead(200, {
      ...headers,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': bytes.length,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    })
    res.end(req.method === 'HEAD' ? undefined : bytes)
  }
}

export function createRequestHandler({ core, rendererDir, token }: BrowserHostOptions, port: () => number) {
  const pageParts = firstPageParts(rendererDir)
  const servePage = pageServer()
  return async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const verdict = checkRequest(
      {
        host: req.headers.host,
        origin: req.headers.origin,
        cookie: req.headers.cookie,
        tokenHeader: req.headers[TOKEN_HEADER] as string | undefined,
        tokenQuery: url.searchParams.get('token'),
      },
      token,
      port(),
    )
    if (!verdict.ok) return refuse(res, url.pathname, verdict.status, verdict.reason)
    if (verdict.viaQuery) {
      res.setHeader('Set-Cookie', tokenCookieHeader(port(), token))
      if (req.method === 'GET' && isPageLoad(url.pathname)) {
        url.searchParams.delete('token')
        res.writeHead(303, { ...securityHeaders, Location: url.pathname + url.search, 'Cache-Control': 'no-store' })
        return res.end()
      }
    }
    if (url.pathname === '/upload') {
      if (req.method !== 'POST') return send(res, 405, 'Use POST to upload.')
      return handleUpload(core, req, res, url.searchParams.get('for'))
    }
    if (url.pathname === '/backup') {
      if (req.method !== 'GET') return send(res, 405, 'Use GET to download a backup.')
      return sendFullBackup(core, res, securityHeaders)
    }
    if (url.pathname === '/events') return streamEvents(core, req, res)
    if (url.pathname.startsWith('/bundle/')) return sendBundle(core, url.pathname.slice('/bundle/'.length), res)
    const api = /^\/api\/([^/]+)$/.exec(url.pathname)
    if (api) {
      if (req.method !== 'POST') return send(res, 405, 'Use POST for API calls.')
      const handled = handleApi(core, api[1]!, req, res)
      // from its arrival, not once its body is read: the file asked for with it may come in meanwhile
      return decodeChannel(api[1]!) === 'reader:getPreview' ? core.picturesFirst.track(handled) : handled
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.')
    if (url.pathname.startsWith('/files/')) {
      const path = libraryFilePath(core.paths.files, url.pathname.slice('/files/'.length))
      await core.picturesFirst.before()
      return serveFile(path, req, res, 'private, max-age=31536000, immutable')
    }
    if (url.pathname === '/' || url.pathname === '/index.html') return servePage(pageParts(), core, req, res)
    const path = resolveInside(rendererDir, url.pathname)
    return serveFile(path, req, res, rendererCache(url.pathname), true)
  }
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  let port = options.port
  const handler = createRequestHandler(options, () => port)
  const server = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) send(res, 500, 'Internal error.')
      else res.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', resolve)
  })
  port = (server.address() as AddressInfo).port
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
