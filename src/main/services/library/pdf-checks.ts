/**
 * Cheap checks before any parsing: the size cap (a 64 MB file of zeros behind a
 * PDF header can exhaust pdf.js's memory) and the header sniff. The messages are
 * what the user reads, so each says what is wrong with which file.
 */
import { open, stat } from 'node:fs/promises'
import { ServiceError } from '@shared/result'
import { megabytes } from '@shared/text'
import { userMessage, type MessageId, type UserMessage } from '@shared/user-message'
import type { ExtractErrorKind } from '../pdf/extraction-pool'

export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024

/** Size checks throw; a missing header is only noted (pdf.js recovers some such files) and named if parsing fails. */
export async function preflight(
  path: string,
  name: string,
  maxBytes: number,
): Promise<{ bytes: number; hasHeader: boolean }> {
  const info = await stat(path).catch(() => null)
  if (!info?.isFile()) throw new ServiceError('import-failed', userMessage('file-unreadable', { name }))
  if (info.size === 0) throw new ServiceError('import-failed', userMessage('file-empty', { name }))
  if (info.size > maxBytes) {
    throw new ServiceError(
      'import-failed',
      userMessage('file-too-large', { name, size: megabytes(info.size), limit: megabytes(maxBytes) }),
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

export const notPdfMessage = (name: string) => userMessage('not-pdf', { name })

const byKind: Partial<Record<ExtractErrorKind, MessageId>> = {
  password: 'pdf-password',
  invalid: 'pdf-damaged',
  timeout: 'pdf-timeout',
  memory: 'pdf-memory',
  crashed: 'pdf-crashed',
}

export function extractionMessage(name: string, kind: ExtractErrorKind, detail: string): UserMessage {
  return userMessage(byKind[kind] ?? 'pdf-unreadable', { name, detail })
}
