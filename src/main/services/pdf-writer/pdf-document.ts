/**
 * A pdfkit document with the printouts' fonts registered (see fonts.ts), and its bytes as
 * one Buffer when it ends.
 */
import PDFDocument from 'pdfkit'
import { fontKeys, loadFont } from './fonts'

export type Pdf = PDFKit.PDFDocument

export function newPdf(options: PDFKit.PDFDocumentOptions): { doc: Pdf; done: Promise<Buffer> } {
  const doc = new PDFDocument(options)
  for (const key of fontKeys) doc.registerFont(key, loadFont(key).bytes)
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  return { doc, done }
}
