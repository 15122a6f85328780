/// <reference lib="webworker" />
/**
 * The reader's page drawer (page-drawer.ts says why): PDFium, compiled to WebAssembly, in a
 * worker of its own. It holds one document, given as bytes, and draws a page straight into a
 * canvas the page handed over (an OffscreenCanvas): the picture reaches the screen without
 * the page's own thread, which a jump keeps busy. PDFs are untrusted: this PDFium build has
 * no JavaScript engine and no XFA, runs in the WebAssembly sandbox, and its memory is capped
 * here; a document that fails leaves the reader to pdf.js alone.
 */
import { init } from '@embedpdf/pdfium'
import wasmUrl from '@embedpdf/pdfium/pdfium.wasm?url'
import { pdfiumHeap, withPdfiumPicture, type Pdfium } from '@shared/pdfium-draw'
import type { DrawerAnswer, DrawerRequest } from './page-drawer'

/** PDFium's memory at most, the document's bytes included (the reader hands over files up to 48 MB) */
const MEMORY_LIMIT = 512 * 1024 * 1024
/** a picture is at most this many times taller than wide (a page box of 10 × 833 points would ask gigabytes) */
const MAX_HEIGHT_PER_WIDTH = 4
/** a picture whose shape differs more than this from the canvas is another page box than pdf.js's: not shown */
const SHAPE_TOLERANCE = 0.01

/** pages of a document drawn to warm the drawer once it is open */
const WARM_PAGES = 12

type Imports = Record<string, Record<string, unknown>>

let module: Promise<Pdfium> | null = null
/** the canvases the page has handed over, by their number (page-drawer.ts keeps them from jump to jump) */
const canvases = new Map<number, OffscreenCanvas>()

function canvasOf(request: { canvasId: number; canvas?: OffscreenCanvas }): OffscreenCanvas | null {
  if (request.canvas) canvases.set(request.canvasId, request.canvas)
  return canvases.get(request.canvasId) ?? null
}

/** one context option for every use of a canvas: a canvas keeps the options of its first context */
const context2d = (canvas: OffscreenCanvas) => canvas.getContext('2d', { alpha: false })
let open: { key: number; doc: number; bytes: number } | null = null

function capped(imports: Imports, receive: (instance: WebAssembly.Instance) => void) {
  const env = imports.env!
  const grow = env.emscripten_resize_heap as (bytes: number) => number
  env.emscripten_resize_heap = (bytes: number) => (bytes >>> 0 > MEMORY_LIMIT ? 0 : grow(bytes))
  void fetch(wasmUrl)
    .then((response) => WebAssembly.instantiateStreaming(response, imports as WebAssembly.Imports))
    .then(({ instance }) => receive(instance))
    // the engine cannot start (no such file, refused): the page ends this worker and jumps are pdf.js's alone
    .catch(() => self.postMessage({ type: 'broken' } satisfies DrawerAnswer))
  return {}
}

const pdfium = () =>
  (module ??= init({ instantiateWasm: capped, print: () => undefined, printErr: () => undefined } as never).then(
    (m) => {
      m.PDFiumExt_Init()
      return m
    },
  ))

function load(m: Pdfium, data: Uint8Array): { doc: number; bytes: number } | null {
  const malloc = m.pdfium.wasmExports as unknown as { malloc(size: number): number; free(at: number): void }
  const bytes = malloc.malloc(data.length)
  if (!bytes) return null
  pdfiumHeap(m).set(data, bytes)
  const doc = m.FPDF_LoadMemDocument(bytes, data.length, '')
  if (doc) return { doc, bytes }
  malloc.free(bytes)
  return null
}

function close(m: Pdfium) {
  if (!open) return
  m.FPDF_CloseDocument(open.doc)
  ;(m.pdfium.wasmExports as unknown as { free(at: number): void }).free(open.bytes)
  open = null
}

/** the page numbers (from 0) of `times` pages spread over a document of `pages` */
const spread = (pages: number, times: number) =>
  Array.from({ length: times }, (_, k) => Math.floor(((k + 1) * pages) / (times + 1)))

/**
 * Pages spread over the document drawn and dropped, one per task so a jump's request comes
 * first: WebAssembly starts on quickly compiled code and is compiled for speed once it has run
 * (with 2 pages warmed a first jump took 140–200 ms, the later ones 45–70).
 */
function warm(m: Pdfium, key: number, width: number, pages: number[]) {
  const page = pages.shift()
  if (page === undefined || open?.key !== key) return self.postMessage({ type: 'warmed' } satisfies DrawerAnswer)
  withPdfiumPicture(m, open.doc, page, width, 2, () => true)
  setTimeout(() => warm(m, key, width, pages))
}

function drawInto(m: Pdfium, doc: number, page: number, canvas: OffscreenCanvas): boolean {
  const context = context2d(canvas)
  if (!context) return false
  const drawn = withPdfiumPicture(m, doc, page - 1, canvas.width, MAX_HEIGHT_PER_WIDTH, (picture) => {
    if (Math.abs(picture.height - canvas.height) > SHAPE_TOLERANCE * canvas.height) return false
    context.putImageData(new ImageData(picture.rgba, picture.width, picture.height), 0, 0)
    return true
  })
  // an opaque canvas starts black: one not drawn shows white, as pdf.js's empty page, until the page takes it away
  if (drawn !== true) paintWhite(context)
  return drawn === true
}

function paintWhite(context: OffscreenCanvasRenderingContext2D) {
  context.fillStyle = '#fff'
  context.fillRect(0, 0, context.canvas.width, context.canvas.height)
}

/**
 * A page of curves, filled and stroked, made in PDFium and drawn: the bundled quick guide is
 * text only, and a manual's figures run PDFium's path code, which would otherwise be compiled
 * for speed only during the first jumps.
 */
function warmOnFigures(m: Pdfium, width: number, times: number) {
  const doc = m.FPDF_CreateNewDocument()
  if (!doc) return
  try {
    const page = m.FPDFPage_New(doc, 0, 612, 792)
    if (!page) return
    for (let k = 0; k < 240; k++) {
      const x = 20 + ((k * 37) % 560)
      const y = 20 + ((k * 53) % 740)
      const path = m.FPDFPageObj_CreateNewPath(x, y)
      m.FPDFPath_BezierTo(path, x + 30, y + 40, x + 60, y - 20, x + 45, y + 25)
      m.FPDFPath_LineTo(path, x + 10, y + 30)
      m.FPDFPath_Close(path)
      m.FPDFPageObj_SetFillColor(path, (k * 71) % 256, (k * 29) % 256, (k * 13) % 256, 160)
      m.FPDFPageObj_SetStrokeColor(path, 0, 0, (k * 7) % 256, 255)
      m.FPDFPageObj_SetStrokeWidth(path, 0.4 + (k % 5) * 0.3)
      m.FPDFPath_SetDrawMode(path, k % 3, true)
      m.FPDFPage_InsertObject(page, path)
    }
    m.FPDFPage_GenerateContent(page)
    m.FPDF_ClosePage(page)
    for (let k = 0; k < times; k++) withPdfiumPicture(m, doc, 0, width, 2, () => true)
  } finally {
    m.FPDF_CloseDocument(doc)
  }
}

async function answer(request: DrawerRequest): Promise<DrawerAnswer | null> {
  const m = await pdfium()
  switch (request.type) {
    case 'warm': {
      const loaded = load(m, new Uint8Array(request.bytes))
      if (!loaded) return { type: 'warmed' }
      for (const page of spread(m.FPDF_GetPageCount(loaded.doc), request.times))
        withPdfiumPicture(m, loaded.doc, page, request.width, 2, () => true)
      m.FPDF_CloseDocument(loaded.doc)
      ;(m.pdfium.wasmExports as unknown as { free(at: number): void }).free(loaded.bytes)
      warmOnFigures(m, request.width, request.times)
      return { type: 'warmed' }
    }
    case 'open': {
      close(m)
      const loaded = load(m, new Uint8Array(request.bytes))
      if (!loaded) return { type: 'opened', key: request.key, ok: false }
      open = { key: request.key, ...loaded }
      const pages = spread(m.FPDF_GetPageCount(loaded.doc), WARM_PAGES)
      setTimeout(() => warm(m, request.key, request.width, pages))
      return { type: 'opened', key: request.key, ok: true }
    }
    case 'draw': {
      const canvas = canvasOf(request)
      const ok = open?.key === request.key && !!canvas && drawInto(m, open.doc, request.page, canvas)
      return { type: 'drawn', id: request.id, at: ok ? performance.timeOrigin + performance.now() : null }
    }
    case 'clear': {
      const canvas = canvasOf(request)
      const context = canvas && context2d(canvas)
      if (context) paintWhite(context)
      return { type: 'cleared', canvasId: request.canvasId, ok: !!context }
    }
    case 'forget':
      canvases.delete(request.canvasId)
      return null
    case 'close':
      if (open?.key === request.key) close(m)
      return null
  }
}

self.onmessage = (event: MessageEvent<DrawerRequest>) => {
  const request = event.data
  void answer(request).then(
    (reply) => reply && self.postMessage(reply),
    () => {
      // a trap inside PDFium leaves its state untrustworthy: the page ends this worker
      self.postMessage({ type: 'broken' } satisfies DrawerAnswer)
    },
  )
}
