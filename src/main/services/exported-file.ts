import type { ExportedFile } from '@shared/text'

export const PDF_MIME = 'application/pdf'

export const exportedFile = (fileName: string, mime: string, bytes: Buffer): ExportedFile => ({
  fileName,
  mime,
  base64: bytes.toString('base64'),
})
