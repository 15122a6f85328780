/**
 * Runs in a worker thread: draws one page of a PDF with PDFium (pdfium.ts: the file read
 * block by block, its memory capped) and answers a picture of it, encoded by @napi-rs/canvas,
 * with the page's size and page 1's, for the reader to show before pdf.js has read the file
 * (services/reader: first-page-pictures.ts draws page 1 after an import, kept as WebP;
 * page-preview.ts asks for the page a document opens at while it opens, as JPEG, which
 * encodes in a fifth of WebP's time). One request at a time; the parent
 * (picture-thread.ts) kills a worker that takes too long (PDFs are untrusted).
 *
 * The last document stays open for a minute: a second page of it (the next search hit in the
 * same manual) is drawn with its page tree and fonts already read — 40–60 ms instead of 90–150
 * for a long manual's first page.
 */
import { parentPort } from 'node:worker_threads'
import { createCanvas, ImageData, type Canvas } from '@napi-rs/canvas'
import { failureOf, openFile, pdfium, PdfiumError, spent, type PdfiumDocument } from './pdfium'
import { drawPage } from './pdfium-render'

export type PictureFormat = 'webp' | 'jpeg'

export interface PictureRequest {
  path: string
  /** from 1 */
  page: number
  /** the picture's width in pixels */
  width: number
  format: PictureFormat
  /** 0–100 */
  quality: number
  /** a second, smaller copy this wide (shared/page-preview.ts, SMALL_PICTURE_WIDTH) where the picture is wider */
  smallWidth?: number
}

/** starts PDFium (≈ 150 ms of compiling) so the first picture asked is not kept waiting for it */
export interface WarmRequest {
  warm: true
}

export type Box = { width: number; height: number }

/** `retire`: the parent ends this worker rather than give it another file (pdfium.ts, `spent`) */
export type PictureAnswer = (
  | { type: 'picture'; image: Uint8Array; small?: Uint8Array; width: number; height: number; fit: Box }
  | { type: 'failed'; message: string }
) & { retire?: boolean }

/** pdf.js's CSS pixels per PDF point (96 / 72), as the reader measures a page at 100% */
const CSS_PER_POINT = 96 / 72

/**
 * The canvas lives outside the worker's JavaScript heap, which is all its resource limits
 * bound: a page box of 10 × 833 points drawn 1,200 px wide asked for gigabytes. So the
 * picture is at most twice as tall as the width asked (a taller page is drawn narrower).
 */
const MAX_HEIGHT_PER_WIDTH = 2

const cssBox = (points: Box): Box => ({ width: points.width * CSS_PER_POINT, height: points.height * CSS_PER_POINT })

/**
 * Page 1's size as pdf.js sizes it (its /Rotate applied): the reader fits its zoom to it. Read
 * from the page tree, without loading the page (that parses its content: a title page's
 * drawing took tens of milliseconds).
 */
function firstPageBox({ m, doc }: PdfiumDocument): Box | null {
  const size = m.pdfium.wasmExports.malloc(8)
  if (!size) return null
  try {
    if (!m.FPDF_GetPageSizeByIndexF(doc, 0, size)) return null
    const points = { width: m.pdfium.getValue(size, 'float'), height: m.pdfium.getValue(size + 4, 'float') }
    return points.width > 0 && points.height > 0 ? cssBox(points) : null
  } finally {
    m.pdfium.wasmExports.free(size)
  }
}

/** how long the last document stays open with nothing asked of it */
const KEEP_OPEN_MS = 60_000

let open: { path: string; doc: PdfiumDocument; timer?: ReturnType<typeof setTimeout> } | null = null

function closeOpen() {
  const last = open
  open = null
  clearTimeout(last?.timer)
  try {
    last?.doc.close()
  } catch {
    // an instance that trapped may throw on closing too: the parent is told `retire` (spent) anyway
  }
}

async function documentAt(path: string): Promise<PdfiumDocument> {
  if (open?.path !== path) {
    closeOpen()
    open = { path, doc: await openFile(path) }
  }
  return open.doc
}

/** the document is closed a while after the last picture, or at once after a failure */
function keepOpen(failed: boolean) {
  if (!open) return
  if (failed) return closeOpen()
  clearTimeout(open.timer)
  open.timer = setTimeout(closeOpen, KEEP_OPEN_MS)
  open.timer.unref()
}

const encode = (canvas: Canvas, format: PictureFormat, quality: number): Promise<Buffer> =>
  format === 'jpeg' ? canvas.encode('jpeg', quality) : canvas.encode('webp', quality)

/** the picture scaled down to `width`, smoothed (a page of text stays legible) */
function smaller(canvas: Canvas, width: number): Canvas {
  const height = Math.max(1, Math.round((canvas.height * width) / canvas.width))
  const scaled = createCanvas(width, height)
  const context = scaled.getContext('2d')
  context.imageSmoothingQuality = 'high'
  context.drawImage(canvas, 0, 0, width, height)
  return scaled
}

async function picture(request: PictureRequest): Promise<PictureAnswer> {
  const { path, page, width, format, quality, smallWidth } = request
  const doc = await documentAt(path)
  if (!Number.isInteger(page) || page < 1 || page > doc.pages)
    throw new PdfiumError('invalid', `it has no page ${page}`)
  const drawn = drawPage(doc, page - 1, width, MAX_HEIGHT_PER_WIDTH)
  const fit = page === 1 ? drawn && cssBox(drawn.points) : firstPageBox(doc)
  if (!drawn || !fit) throw new PdfiumError('invalid', `its page ${page} could not be drawn`)
  const canvas = createCanvas(drawn.width, drawn.height)
  canvas.getContext('2d').putImageData(new ImageData(drawn.rgba, drawn.width, drawn.height), 0, 0)
  const image = await encode(canvas, format, quality)
  const small =
    smallWidth && drawn.width > smallWidth ? await encode(smaller(canvas, smallWidth), format, quality) : undefined
  return {
    type: 'picture',
    image: new Uint8Array(image),
    ...(small && { small: new Uint8Array(small) }),
    ...cssBox(drawn.points),
    fit,
  }
}

parentPort!.on('message', (request: PictureRequest | WarmRequest) => {
  if ('warm' in request) return void pdfium().catch(() => undefined)
  void picture(request).then(
    (answer) => {
      keepOpen(false)
      parentPort!.postMessage({ ...answer, retire: spent(null) })
    },
    (error: unknown) => {
      keepOpen(true)
      parentPort!.postMessage({ type: 'failed', message: failureOf(error).message, retire: spent(error) })
    },
  )
})
