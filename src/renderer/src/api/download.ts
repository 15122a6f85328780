/** Saves what an export channel answered as a download, in both hosts. */
import type { ExportedFile } from '@shared/text'

export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function saveExportedFile(file: ExportedFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))
  saveBlob(file.fileName, new Blob([bytes], { type: file.mime }))
}

/** A large file the server streams (browser mode's bundles): the browser downloads it from its URL. */
export function downloadFrom(url: string, fileName: string): void {
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.click()
}
