/**
 * The bundled quick guide as bytes, for the engines' warm-ups (pdf-setup's warmPdfEngine, the
 * page drawer's): inlined in the build, so warming reads no file. A fresh copy each call, as
 * both engines take the bytes over.
 */
import warmupPdf from '../../../../../resources/starter/quick-guide.pdf?inline'

export const warmupPdfBytes = (): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(warmupPdf.slice(warmupPdf.indexOf(',') + 1)), (c) => c.charCodeAt(0))
