/**
 * Runs in a worker thread: draws page 1 of one PDF with PDFium (pdfium.ts: the file read
 * block by block, its memory capped) and answers a WebP of it, encoded by @napi-rs/canvas,
 * with the page's size, for the reader to show before pdf.js has read the file in the page
 * (services/reader/first-page-pictures.ts). One request at a time; the parent kills a
 * worker that takes too long (PDFs are untrusted). PDFium draws a long manual's page 1 in
 * about a tenth of the second pdf.js took.
 */
import { parentPort } from 'node:worker_threads'
import { createCanvas, ImageData, type Canvas } from '@napi-rs/canvas'
import { failureOf, openFile, spent } from './pdfium'
import { drawPage } from './pdfium-render'

export interface PictureRequest {
  path: string
  /** the picture's width in pixels */
  width: number
  /** WebP quality, 0–100 */
  quality: number
  /** a second, smaller copy this wide (shared/page-preview.ts, SMALL_PICTURE_WIDTH) where the picture is wider */
  smallWidth?: number
}

/** `retire`: the parent ends this worker rather than give it another file (pdfium.ts, `spent`) */
export type PictureAnswer = (
  | { type: 'picture'; webp: Uint8Array; small?: Uint8Array; width: number; height: number }
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

/** the picture scaled down to `width`, smoothed (a page of text stays legible) */
function smaller(canvas: Canvas, width: number, quality: number): Promise<Buffer> {
  const height = Math.max(1, Math.round((canvas.height * width) / canvas.width))
  const scaled = createCanvas(width, height)
  const context = scaled.getContext('2d')
  context.imageSmoothingQuality = 'high'
  context.drawImage(canvas, 0, 0, width, height)
  return scaled.encode('webp', quality)
}

async function picture({ path, width, quality, smallWidth }: PictureRequest): Promise<PictureAnswer> {
  const doc = await openFile(path)
  try {
    const drawn = drawPage(doc, 0, width, MAX_HEIGHT_PER_WIDTH)
    if (!drawn) throw new Error('page 1 could not be drawn')
    const canvas = createCanvas(drawn.width, drawn.height)
    canvas.getContext('2d').putImageData(new ImageData(drawn.rgba, drawn.width, drawn.height), 0, 0)
    const webp = await canvas.encode('webp', quality)
    const box = { width: drawn.points.width * CSS_PER_POINT, height: drawn.points.height * CSS_PER_POINT }
    const small = smallWidth && drawn.width > smallWidth ? await smaller(canvas, smallWidth, quality) : undefined
    return { type: 'picture', webp: new Uint8Array(webp), ...(small && { small: new Uint8Array(small) }), ...box }
  } finally {
    doc.close()
  }
}

parentPort!.on('message', (request: PictureRequest) => {
  void picture(request).then(
    (answer) => parentPort!.postMessage({ ...answer, retire: spent(null) }),
    (error: unknown) =>
      parentPort!.postMessage({ type: 'failed', message: failureOf(error).message, retire: spent(error) }),
  )
})
