import type { Result } from '@shared/result'

/** Browser mode: stream a picked or dropped file to the server, which answers an upload id for library:import. */
export async function uploadFile(file: File): Promise<Result<{ uploadId: string }>> {
  try {
    const response = await fetch('/upload', { method: 'POST', body: file, credentials: 'same-origin' })
    return (await response.json()) as Result<{ uploadId: string }>
  } catch (error) {
    return { ok: false, error: { code: 'import-failed', message: `${file.name}: ${(error as Error).message}` } }
  }
}
