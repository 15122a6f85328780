/** A page drawn by PDFium into RGBA pixels (pdfium.ts opens the file and bounds its memory). */
import { drawPdfiumPage, type DrawnPage } from '@shared/pdfium-draw'
import type { PdfiumDocument } from './pdfium'

export type { DrawnPage }

/** Page `index` (from 0) of `d`: see shared/pdfium-draw.ts. */
export const drawPage = (d: PdfiumDocument, index: number, width: number, maxHeightPerWidth: number) =>
  drawPdfiumPage(d.m, d.doc, index, width, maxHeightPerWidth)
