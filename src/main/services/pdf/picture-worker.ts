/**
 * Runs in a worker thread: draws one page of a PDF with PDFium (pdfium.ts: the file read
 * block by block, its memory capped) and answers a picture of it, encoded by @napi-rs/canvas,
 * with the page's size and page 1's, for the reader to show before pdf.js has read the file
 * (services/reader: first-page-pictures.ts draws page 1 after an import, kept as WebP;
 * page-preview.ts asks for the page a document opens at while it opens, as JPEG, which
 * encodes in a fifth of WebP's time). One request at a time; the parent
 * (picture-thread.ts) kills a worker that takes too long (PDFs are untrusted).
 */
import { parentPort } from 'node:worker_threads'
import { createCanvas, ImageData, type Canvas } from '@napi-rs/canvas'
import { failureOf, openFile, pdfium, spent, type PdfiumDocument } from './pdfium'
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

/** page 1's size as pdf.js sizes it (its /Rotate applied): the reader fits its zoom to it */
function firstPageBox(doc: PdfiumDocument): Box | null {
  const page = doc.m.FPDF_LoadPage(doc.doc, 0)
  if (!page) return null
  try {
    return cssBox({ width: doc.m.FPDF_GetPageWidthF(page), height: doc.m.FPDF_GetPageHeightF(page) })
  } finally {
    doc.m.FPDF_ClosePage(page)
  }
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
  const doc = await openFile(path)
  try {
    if (!Number.isInteger(page) || page < 1 || page > doc.pages) throw new Error(`there is no page ${page}`)
    const drawn = drawPage(doc, page - 1, width, MAX_HEIGHT_PER_WIDTH)
    const fit = page === 1 ? drawn && cssBox(drawn.points) : firstPageBox(doc)
    if (!drawn || !fit) throw new Error(`page ${page} could not be drawn`)
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
  } finally {
    doc.close()
  }
}

parentPort!.on('message', (request: PictureRequest | WarmRequest) => {
  if ('warm' in request) return void pdfium().catch(() => undefined)
  void picture(request).then(
    (answer) => parentPort!.postMessage({ ...answer, retire: spent(null) }),
    (error: unknown) =>
      parentPort!.postMessage({ type: 'failed', message: failureOf(error).message, retire: spent(error) }),
  )
})
