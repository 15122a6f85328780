/**
 * The desktop app's two schemes: app:// serves the built renderer (with the CSP),
 * library:// serves stored PDFs by hash. Both go through the same resolver as
 * browser mode, and both answer byte ranges so pdf.js can fetch pieces.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { APP_ORIGIN, APP_SCHEME, LIBRARY_SCHEME } from '@shared/url-policy'
import { CSP } from '../csp'
import { parseRange } from '../browser-host/range'
import { contentType, libraryFilePath, resolveInside } from '../served-path'
import { composeFirstPage, type FirstPageParts } from '../first-page'
import type { Settings } from '@shared/model'

export const privilegedSchemes = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  {
    scheme: LIBRARY_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, corsEnabled: true },
  },
]

export async function fileResponse(path: string | null, rangeHeader: string | null): Promise<Response> {
  const info = path ? await stat(path).catch(() => null) : null
  if (!path || !info?.isFile()) return new Response('Not found', { status: 404 })
  const headers: Record<string, string> = {
    'Content-Type': contentType(path),
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Accept-Ranges': 'bytes',
    'Access-Control-Allow-Origin': APP_ORIGIN,
    'Access-Control-Expose-Headers': 'Accept-Ranges, Content-Range, Content-Length',
  }
  const range = parseRange(rangeHeader ?? undefined, info.size)
  if (range === 'unsatisfiable') return new Response(null, { status: 416, headers })
  const stream = createReadStream(path, range ?? {})
  const body = Readable.toWeb(stream) as ReadableStream<Uint8Array>
  if (!range) return new Response(body, { status: 200, headers: { ...headers, 'Content-Length': String(info.size) } })
  return new Response(body, {
    status: 206,
    headers: {
      ...headers,
      'Content-Range': `bytes ${range.start}-${range.end}/${info.size}`,
      'Content-Length': String(range.end - range.start + 1),
    },
  })
}

/** app://…/ and app://…/index.html: the page in the facilitator's language, its first screen drawn ahead (first-page.ts). */
export const isPageRequest = (requestUrl: string): boolean =>
  ['/', '/index.html'].includes(new URL(requestUrl).pathname)

export function pageResponse(parts: FirstPageParts | null, settings: Settings): Response {
  if (!parts) return new Response('Not found', { status: 404 })
  return new Response(composeFirstPage(parts, 'desktop', settings), {
    status: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

export function appRequestPath(rendererDir: string, requestUrl: string): string | null {
  const url = new URL(requestUrl)
  return resolveInside(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname)
}

export function libraryRequestPath(filesDir: string, requestUrl: string): string | null {
  const url = new URL(requestUrl)
  return url.host === 'files' ? libraryFilePath(filesDir, url.pathname) : null
}
