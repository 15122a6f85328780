/**
 * A page drawn by PDFium (WebAssembly) into RGBA pixels, with no Node or DOM API, so both
 * runtimes draw the same way: the main side's picture worker (page 1 for documents never
 * opened) and the reader's page drawer (a far jump, renderer: features/reader/page-drawer.ts).
 */
import type { init } from '@embedpdf/pdfium'

export type Pdfium = Awaited<ReturnType<typeof init>>

/** PDFium's memory as bytes: a view made now, as growing the memory detaches the earlier ones. */
export const pdfiumHeap = (m: Pdfium) =>
  new Uint8Array((m.pdfium.wasmExports as unknown as { memory: { buffer: ArrayBuffer } }).memory.buffer)

/** fpdfview.h: draw annotations' appearances (as the reader shows them); bytes in RGBA order, not BGRA */
const FPDF_ANNOT = 0x01
const FPDF_REVERSE_BYTE_ORDER = 0x10

export interface DrawnPage {
  /** the page's own size in points, its /Rotate applied */
  points: { width: number; height: number }
  width: number
  height: number
  /** `width` × `height` pixels, RGBA, rows top-down */
  rgba: Uint8ClampedArray<ArrayBuffer>
}

/** A picture lent by PDFium: a `DrawnPage` whose `rgba` is a view of PDFium's own memory, valid only during the call it is given to. */
export type LentPicture = DrawnPage

/**
 * Page `index` (from 0) of the open document `doc`, `width` pixels wide — narrower where the
 * page is more than `maxHeightPerWidth` times taller than wide, so the picture is never taller
 * than that times `width` — given to `use` as a view of PDFium's memory, not a copy: a fresh
 * 5 MB array costs 10–20 ms of page faults on this machine's virtual memory, as much as
 * drawing the page. Null when PDFium cannot load the page or it has no area.
 */
export function withPdfiumPicture<T>(
  m: Pdfium,
  doc: number,
  index: number,
  width: number,
  maxHeightPerWidth: number,
  use: (picture: LentPicture) => T,
): T | null {
  const page = m.FPDF_LoadPage(doc, index)
  if (!page) return null
  try {
    const points = { width: m.FPDF_GetPageWidthF(page), height: m.FPDF_GetPageHeightF(page) }
    if (!(points.width > 0) || !(points.height > 0)) return null
    const tallest = Math.floor(width * maxHeightPerWidth)
    const drawnWidth = Math.max(1, Math.floor(Math.min(width, (tallest * points.width) / points.height)))
    const drawnHeight = Math.max(1, Math.min(tallest, Math.round((drawnWidth * points.height) / points.width)))
    const bitmap = m.FPDFBitmap_Create(drawnWidth, drawnHeight, 1)
    if (!bitmap) return null
    try {
      m.FPDFBitmap_FillRect(bitmap, 0, 0, drawnWidth, drawnHeight, 0xffffffff)
      m.FPDF_RenderPageBitmap(bitmap, page, 0, 0, drawnWidth, drawnHeight, 0, FPDF_ANNOT | FPDF_REVERSE_BYTE_ORDER)
      const buffer = m.FPDFBitmap_GetBuffer(bitmap)
      const stride = m.FPDFBitmap_GetStride(bitmap)
      const row = drawnWidth * 4
      const memory = pdfiumHeap(m).buffer
      let rgba = new Uint8ClampedArray(memory, buffer, row * drawnHeight)
      if (stride !== row) {
        // rows with padding (not PDFium's layout for 32-bit pixels today): copied into a packed array
        rgba = new Uint8ClampedArray(row * drawnHeight)
        for (let y = 0; y < drawnHeight; y++) rgba.set(new Uint8ClampedArray(memory, buffer + y * stride, row), y * row)
      }
      return use({ points, width: drawnWidth, height: drawnHeight, rgba })
    } finally {
      m.FPDFBitmap_Destroy(bitmap)
    }
  } finally {
    m.FPDF_ClosePage(page)
  }
}

/** The same picture (see `withPdfiumPicture`) as pixels of its own, kept after the call. */
export const drawPdfiumPage = (
  m: Pdfium,
  doc: number,
  index: number,
  width: number,
  maxHeightPerWidth: number,
): DrawnPage | null =>
  withPdfiumPicture(m, doc, index, width, maxHeightPerWidth, (lent) => ({ ...lent, rgba: lent.rgba.slice() }))
