/**
 * pdf.js in the renderer. The worker, cmaps, standard fonts and wasm decoders
 * ship with the build (electron.vite.config copies them to pdfjs/), or CJK text
 * and JPEG 2000 images silently go missing. PDFs are untrusted: no scripting,
 * no XFA, no eval.
 */
import { GlobalWorkerOptions, PDFWorker, getDocument, type PDFDocumentLoadingTask } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import { hostKind } from '../../api/api'

GlobalWorkerOptions.workerSrc = workerUrl

const asset = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href

export function pdfUrl(sha256: string): string {
  return hostKind === 'desktop' ? `library://files/${sha256}` : `/files/${sha256}`
}

/** One pdf.js worker for the app's lifetime: the second document opens without starting a worker again. */
let sharedWorker: PDFWorker | null = null

/**
 * Started as the app boots (in its own thread, so the first screen does not
 * wait for it): the first document then opens without fetching and compiling
 * the 1.2 MB worker (measured: about 150 ms off a cold open).
 */
export function warmPdfWorker(): PDFWorker {
  sharedWorker ??= new PDFWorker()
  return sharedWorker
}

export function openPdf(url: string): PDFDocumentLoadingTask {
  warmPdfWorker()
  return getDocument({
    url,
    worker: warmPdfWorker(),
    cMapUrl: asset('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: asset('standard_fonts'),
    wasmUrl: asset('wasm'),
    enableXfa: false,
    isEvalSupported: false,
    disableAutoFetch: true,
    rangeChunkSize: 256 * 1024,
  } as Parameters<typeof getDocument>[0])
}
