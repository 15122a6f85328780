/**
 * pdf.js in the renderer. The worker, cmaps, standard fonts and wasm decoders
 * ship with the build (electron.vite.config copies them to pdfjs/), or CJK text
 * and JPEG 2000 images silently go missing. PDFs are untrusted: no scripting,
 * no XFA, no eval, and their embedded fonts are drawn as outlines by pdf.js
 * instead of being installed into the browser's font engine (measured: no
 * slower to first paint; two runs gave 0.67 and 0.77 s for pgfmanual's cold open).
 */
import {
  GlobalWorkerOptions,
  PDFWorker,
  getDocument,
  type PDFDocumentLoadingTask,
  type PDFDocumentProxy,
} from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import { warmupPdfBytes } from './warmup-pdf'
import { takePreloaded } from './pdf-files'

GlobalWorkerOptions.workerSrc = workerUrl

const asset = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href

/** One pdf.js worker for the app's lifetime: the second document opens without starting a worker again. */
let sharedWorker: PDFWorker | null = null

/** Started by the idle warm-up below or by the first document, whichever comes first. */
export function warmPdfWorker(): PDFWorker {
  sharedWorker ??= new PDFWorker()
  return sharedWorker
}

const options = () =>
  ({
    worker: warmPdfWorker(),
    cMapUrl: asset('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: asset('standard_fonts'),
    wasmUrl: asset('wasm'),
    enableXfa: false,
    isEvalSupported: false,
    disableFontFace: true,
    disableAutoFetch: true,
    rangeChunkSize: 256 * 1024,
  }) as Parameters<typeof getDocument>[0] & object

let documentOpened = false
let warmUp: PDFDocumentLoadingTask | null = null

/** What the reader holds while a document opens: pdf.js's loading task, or bytes still arriving first. */
export interface PdfOpening {
  promise: Promise<PDFDocumentProxy>
  /** the file was fetched whole before pdf.js read it (pdf-files.ts), not in ranges */
  whole(): boolean
  destroy(): Promise<void>
}

export function openPdf(url: string): PdfOpening {
  documentOpened = true
  void warmUp?.destroy()
  warmUp = null
  const bytes = takePreloaded(url)
  if (!bytes) {
    const ranges = getDocument({ ...options(), url })
    return { promise: ranges.promise, whole: () => false, destroy: () => ranges.destroy() }
  }
  let task: PDFDocumentLoadingTask | null = null
  let destroyed = false
  let whole = false
  const promise = bytes.then((data) => {
    if (destroyed) throw new Error('closed')
    whole = !!data
    // a failed fetch falls back to pdf.js's own loading, which reports why
    task = getDocument(data ? { ...options(), data } : { ...options(), url })
    return task.promise
  })
  return {
    promise,
    whole: () => whole,
    destroy: async () => {
      destroyed = true
      await task?.destroy()
    },
  }
}

/**
 * Run when the app is idle after start-up: the engine opens, reads and paints
 * one small bundled page (the quick guide's first), so the parser, font and
 * drawing code a real document needs is already compiled when the facilitator
 * opens one (measured: a cold open of pgfmanual 70–95 ms sooner, A/B runs). It
 * gives way at once if a document opens first.
 */
export async function warmPdfEngine(): Promise<void> {
  if (documentOpened) return
  const task = (warmUp = getDocument({ ...options(), data: warmupPdfBytes() }))
  try {
    const page = await (await task.promise).getPage(1)
    await page.getTextContent()
    const viewport = page.getViewport({ scale: 1 })
    const canvas = document.createElement('canvas')
    canvas.width = Math.ceil(viewport.width)
    canvas.height = Math.ceil(viewport.height)
    if (warmUp === task) await page.render({ canvas, viewport }).promise
  } catch {
    // a warm-up that fails or gives way changes nothing for the user
  } finally {
    if (warmUp === task) {
      warmUp = null
      void task.destroy()
    }
  }
}
