import type { Result } from '@shared/result'
import { userMessage } from '@shared/user-message'
import { megabytes } from '@shared/text'

/**
 * Browser mode: stream a picked or dropped file to the server, which answers an upload id
 * for library:import. A file over the limit is refused here, before any byte is sent: the
 * server would cut the upload short and the browser would only say "Failed to fetch".
 */
export async function uploadFile(
  file: File,
  maxBytes: number,
  target: '/upload' | '/upload?for=backup' | '/upload?for=bundle' = '/upload',
): Promise<Result<{ uploadId: string }>> {
  if (file.size > maxBytes) {
    const said = userMessage('file-too-large', {
      name: file.name,
      size: megabytes(file.size),
      limit: megabytes(maxBytes),
    })
    return { ok: false, error: { code: 'import-failed', message: said.text, said } }
  }
  try {
    const response = await fetch(target, { method: 'POST', body: file, credentials: 'same-origin' })
    return (await response.json()) as Result<{ uploadId: string }>
  } catch (error) {
    return { ok: false, error: { code: 'import-failed', message: `${file.name}: ${(error as Error).message}` } }
  }
}
