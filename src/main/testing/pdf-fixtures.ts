/**
 * PDFs the tests make themselves with a real writer (pdfkit), so a fresh clone
 * without ../shared/corpus still exercises every import path.
 */
import { createWriteStream } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { crc32, deflateSync } from 'node:zlib'
import PDFDocument from 'pdfkit'

interface Options {
  title?: string
  author?: string
  userPassword?: string
  /** a password for changes only: the file opens without one */
  ownerPassword?: string
  headings?: boolean
}

export async function makeTextPdf(dir: string, name: string, pages: string[], options: Options = {}): Promise<string> {
  const path = join(dir, name)
  const doc = new PDFDocument({
    autoFirstPage: false,
    info: { Title: options.title ?? '', Author: options.author ?? '' },
    ...(options.userPassword || options.ownerPassword
      ? { userPassword: options.userPassword, ownerPassword: options.ownerPassword, pdfVersion: '1.7' as const }
      : {}),
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

/** A PNG of `width`×`height` RGB pixels, each coloured by `colour(x, y)`. */
function png(width: number, height: number, colour: (x: number, y: number) => [number, number, number]): Buffer {
  const rows = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) rows.set(colour(x, y), y * (width * 3 + 1) + 1 + x * 3)
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const out = Buffer.alloc(body.length + 8)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body), body.length + 4)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** Text above a photo-like image (white on the left, dark navy on the right): dark pages must leave the image as it is. */
export async function makeImagePdf(dir: string, name: string): Promise<{ path: string; image: Box }> {
  const path = join(dir, name)
  const doc = new PDFDocument({ size: 'A4', info: { Title: 'Map of the region' } })
  const out = createWriteStream(path)
  doc.pipe(out)
  doc.fontSize(14).text('Map of the region, as handed out on the first day.', 72, 72)
  const image: Box = { x: 72, y: 140, width: 300, height: 200 }
  doc.image(
    png(150, 100, (x) => (x < 75 ? [255, 255, 255] : [20, 30, 90])),
    image.x,
    image.y,
    image,
  )
  doc.end()
  await finished(out)
  return { path, image }
}

interface Box {
  x: number
  y: number
  width: number
  height: number
}

interface TitledOptions {
  /** the Info dictionary (pdfkit also writes its Title and Author into XMP unless `infoOnly`) */
  info?: { Title?: string; Author?: string; CreationDate?: Date }
  /** extra XMP descriptions, written as given (XMP only: leave `info` out) */
  xmp?: string
  /** a large heading at the top of page 1, above the body text */
  heading?: string[]
  /** Info but no XMP packet (PDF 1.3) */
  infoOnly?: boolean
}

/** A PDF whose title lives where a real one's might: the Info dictionary, XMP, or only page 1's heading. */
export async function makeTitledPdf(dir: string, name: string, body: string[], o: TitledOptions = {}): Promise<string> {
  const path = join(dir, name)
  const doc = new PDFDocument({
    autoFirstPage: false,
    info: { Title: '', Author: '', ...o.info },
    ...(o.infoOnly ? {} : { pdfVersion: '1.4' as const }),
  })
  if (o.xmp) doc.appendXML(o.xmp)
  const out = createWriteStream(path)
  doc.pipe(out)
  body.forEach((text, i) => {
    doc.addPage()
    doc.fontSize(9).text('Draft for discussion — internal', { align: 'right' })
    if (i === 0) for (const line of o.heading ?? []) doc.fontSize(26).text(line)
    doc.moveDown().fontSize(11).text(text)
  })
  doc.end()
  await finished(out)
  return path
}
