/**
 * How long a browser may keep what browser mode serves. Files under /assets/ whose name
 * carries a content hash (the build's output) never change under that name: the browser
 * keeps them a year without asking again. Everything else (the page itself, pdf.js's
 * fonts and maps) is asked again on every load, and the ETag lets the answer be a bodiless
 * 304 when nothing changed, so a reload costs a few hundred bytes instead of megabytes.
 */
import type { Stats } from 'node:fs'

const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/

export const IMMUTABLE = 'public, max-age=31536000, immutable'

export function rendererCache(urlPath: string): string {
  return HASHED_ASSET.test(urlPath) ? IMMUTABLE : 'no-cache'
}

/** A weak validator from size and modification time: a rebuilt file gets a new one, reading it costs nothing. */
export const etagOf = (info: Stats): string => `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`

/** If-None-Match compares weakly (RFC 9110 §13.1.2): W/"x" and "x" name the same version. */
export function stillFresh(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag))
}
