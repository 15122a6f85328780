/**
 * The page the engines warm on (pdf-setup's warmPdfEngine, the page drawer's): a line in each
 * kind of font real handbooks embed, made by scripts/make-warmup-pdf.mjs. Inlined in the build,
 * so warming reads no file. A fresh copy each call, as both engines take the bytes over.
 */
import warmupPdf from '../../../../../resources/reader/engine-warmup.pdf?inline'

export const warmupPdfBytes = (): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(warmupPdf.slice(warmupPdf.indexOf(',') + 1)), (c) => c.charCodeAt(0))
