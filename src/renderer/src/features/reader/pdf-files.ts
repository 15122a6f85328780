/**
 * Where a library PDF is read from, and its bytes fetched ahead of the viewer. Kept apart
 * from pdf-setup (pdf.js itself) so the reader page can start the download before the
 * reader's code has arrived.
 */
import { hostKind } from '../../api/api'
import { createPreloadCache } from './preload-cache'

export function pdfUrl(sha256: string): string {
  return hostKind === 'desktop' ? `library://files/${sha256}` : `/files/${sha256}`
}

/** Up to this size a file is fetched whole, ahead of the viewer; larger ones pdf.js reads in ranges. */
export const WHOLE_FILE_LIMIT = 48 * 1024 * 1024

const preloads = createPreloadCache(async (url) => {
  const response = await fetch(url)
  // as a Blob the body is gathered outside this thread, then copied in one go: 20–30 ms sooner for 10 MB
  return response.ok ? new Uint8Array(await (await response.blob()).arrayBuffer()) : null
}, WHOLE_FILE_LIMIT)

export const preloadPdf = preloads.preload
export const dropPreloaded = preloads.drop
export const takePreloaded = preloads.take
