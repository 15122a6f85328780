/**
 * Cheap checks before any parsing: the size cap (a 64 MB file of zeros behind a
 * PDF header can exhaust pdf.js's memory) and the header sniff. The messages are
 * what the user reads, so each says what is wrong with which file.
 */
import { open, stat } from 'node:fs/promises'
import { ServiceError } from '@shared/result'
import type { ExtractErrorKind } from '../pdf/extraction-pool'

export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`

/** Size checks throw; a missing header is only noted (pdf.js recovers some such files) and named if parsing fails. */
export async function preflight(
  path: string,
  name: string,
  maxBytes: number,
): Promise<{ bytes: number; hasHeader: boolean }> {
  const info = await stat(path).catch(() => null)
  if (!info?.isFile()) throw new ServiceError('import-failed', `${name}: the file could not be found or read.`)
  if (info.size === 0) throw new ServiceError('import-failed', `${name}: the file is empty.`)
  if (info.size > maxBytes) {
    throw new ServiceError(
      'import-failed',
      `${name} is too large to import (${mb(info.size)}; the limit is ${mb(maxBytes)}).`,
    )
  }
  const handle = await open(path, 'r')
  try {
    const head = Buffer.alloc(Math.min(1024, info.size))
    await handle.read(head, 0, head.length, 0)
    return { bytes: info.size, hasHeader: head.includes('%PDF-') }
  } finally {
    await handle.close()
  }
}

export const notPdfMessage = (name: string) =>
  `${name} is not a PDF (it has no PDF header and could not be read as one).`

export function extractionMessage(name: string, kind: ExtractErrorKind, detail: string): string {
  switch (kind) {
    case 'password':
      return `${name} is password-protected. Remove the password (or enter it) and import it again.`
    case 'invalid':
      return `${name} is damaged or truncated and cannot be opened as a PDF (${detail}).`
    case 'timeout':
      return `${name} could not be processed in time (${detail}); it may be damaged or built to exhaust resources.`
    case 'memory':
      return `${name} needs more memory than is allowed to process; it may be damaged or built to exhaust resources.`
    case 'crashed':
      return `${name} stopped the text extractor (${detail}).`
    default:
      return `${name} could not be read as a PDF (${detail}).`
  }
}

/** Metadata strings from a hostile file: no control characters, bounded length. */
export function cleanMetaString(value: string, max = 300): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\ufffd]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, max)
  )
}
