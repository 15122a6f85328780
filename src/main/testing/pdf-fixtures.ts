/**
 * PDFs the tests make themselves with a real writer (pdfkit), so a fresh clone
 * without ../shared/corpus still exercises every import path.
 */
import { createWriteStream } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import PDFDocument from 'pdfkit'

interface Options {
  title?: string
  author?: string
  userPassword?: string
  headings?: boolean
}

export async function makeTextPdf(dir: string, name: string, pages: string[], options: Options = {}): Promise<string> {
  const path = join(dir, name)
  const doc = new PDFDocument({
    autoFirstPage: false,
    info: { Title: options.title ?? '', Author: options.author ?? '' },
    ...(options.userPassword ? { userPassword: options.userPassword, pdfVersion: '1.7' as const } : {}),
  })
  const out = createWriteStream(path)
  doc.pipe(out)
  pages.forEach((text, i) => {
    doc.addPage()
    if (text) doc.fontSize(12).text(text)
    if (options.headings) doc.outline.addItem(`Chapter ${i + 1}`)
  })
  doc.end()
  await finished(out)
  return path
}

/** A page with only a drawing: what a scan without OCR looks like to a text extractor. */
export async function makeScannedPdf(dir: string, name: string): Promise<string> {
  const path = join(dir, name)
  const doc = new PDFDocument()
  const out = createWriteStream(path)
  doc.pipe(out)
  doc.rect(50, 50, 400, 600).fill('#888')
  doc.end()
  await finished(out)
  return path
}

export async function makeTruncatedPdf(dir: string, name: string, from: string): Promise<string> {
  const bytes = await readFile(from)
  const path = join(dir, name)
  await writeFile(path, bytes.subarray(0, Math.floor(bytes.length * 0.3)))
  return path
}

export async function makeNotPdf(dir: string, name: string): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, 'Minutes of the design group meeting\nThis is plain text, not a PDF.\n')
  return path
}

/** A PDF header followed by nothing but zeros: the shape of a resource-exhaustion attack. */
export async function makeZeroBomb(dir: string, name: string, bytes: number): Promise<string> {
  const path = join(dir, name)
  const buffer = Buffer.alloc(bytes)
  buffer.write('%PDF-1.7\n')
  await writeFile(path, buffer)
  return path
}
