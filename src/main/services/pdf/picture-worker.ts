/**
 * Runs in a worker thread: draws page 1 of one PDF with pdf.js on an @napi-rs/canvas
 * and answers a WebP of it with the page's size, for the reader to show before pdf.js
 * has read the file in the page (services/reader/first-page-pictures.ts). One request
 * at a time; the parent kills a worker that takes too long (PDFs are untrusted).
 */
import { parentPort } from 'node:worker_threads'
import { readFile } from 'node:fs/promises'
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs'
import { pdfjsModuleUrl, pdfjsWorkerUrl, untrustedPdfOptions } from './pdfjs-node'

type PdfJs = typeof PdfJsModule

export interface PictureRequest {
  path: string
  /** the picture's width in pixels */
  width: number
  /** WebP quality, 0–100 */
  quality: number
}

export type PictureAnswer =
  { type: 'picture'; webp: Uint8Array; width: number; height: number } | { type: 'failed'; message: string }

/** pdf.js's CSS pixels per PDF point (96 / 72), as the reader measures a page at 100% */
const CSS_PER_POINT = 96 / 72

/**
 * The canvas and pdf.js's images live outside the worker's JavaScript heap, which is all its
 * resource limits bound: a page box of 10 × 833 points drawn 1,200 px wide asked for gigabytes.
 * So the picture is at most twice as tall as the width asked (a taller page is drawn narrower), and
 * pdf.js skips images over 16 M pixels and shrinks its own canvases past 64 MB.
 */
const MAX_HEIGHT_PER_WIDTH = 2
const boundedPdfOptions = { maxImageSize: 16 * 1024 * 1024, canvasMaxAreaInBytes: 64 * 1024 * 1024 }

const pdfjsPromise: Promise<PdfJs> = import(/* @vite-ignore */ pdfjsModuleUrl).then((m: PdfJs) => {
  m.GlobalWorkerOptions.workerSrc = pdfjsWorkerUrl
  return m
})

async function picture({ path, width, quality }: PictureRequest): Promise<PictureAnswer> {
  const pdfjs = await pdfjsPromise
  const file = await readFile(path)
  const data = new Uint8Array(file.buffer, file.byteOffset, file.byteLength)
  const task = pdfjs.getDocument({ ...untrustedPdfOptions, ...boundedPdfOptions, data } as Parameters<
    PdfJs['getDocument']
  >[0])
  try {
    const page = await (await task.promise).getPage(1)
    const box = page.getViewport({ scale: CSS_PER_POINT })
    const drawn = Math.min(width, (width * MAX_HEIGHT_PER_WIDTH * box.width) / box.height)
    const viewport = page.getViewport({ scale: (CSS_PER_POINT * drawn) / box.width })
    if (viewport.width < 1 || viewport.height < 1) throw new Error('the page has no area to draw')
    const { createCanvas } = await import('@napi-rs/canvas')
    const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height))
    const context = canvas.getContext('2d')
    context.fillStyle = '#fff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    await page.render({ canvas: canvas as unknown as Parameters<typeof page.render>[0]['canvas'], viewport }).promise
    const webp = await canvas.encode('webp', quality)
    return { type: 'picture', webp: new Uint8Array(webp), width: box.width, height: box.height }
  } finally {
    await task.destroy()
  }
}

parentPort!.on('message', (request: PictureRequest) => {
  void picture(request).then(
    (answer) => parentPort!.postMessage(answer),
    (error: unknown) =>
      parentPort!.postMessage({ type: 'failed', message: (error as Error)?.message ?? String(error) } as PictureAnswer),
  )
})
