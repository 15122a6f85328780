/**
 * A document's own values as PDFium reads them: the Info dictionary, the catalog's /Lang,
 * the outline, the XMP packet and page 1's text runs (for the heading finder). Nothing is
 * checked here (extracted.ts does that); the caps only keep a hostile file from costing time.
 */
import type { TextRun } from '../library/details/first-page'
import type { RawDetails, RawOutlineItem } from './extract-types'
import { bufferText, withTextPage, type PdfiumDocument } from './pdfium'

const MAX_INFO_CHARS = 10_000
const MAX_OUTLINE_ITEMS = 2000
const MAX_OUTLINE_DEPTH = 12
const MAX_OUTLINE_TOTAL = 20_000
const MAX_XMP_BYTES = 64 * 1024
const MAX_FIRST_PAGE_CHARS = 20_000
const MAX_FIRST_PAGE_RUNS = 3000

function info(d: PdfiumDocument, key: string): string {
  return bufferText(d.m, MAX_INFO_CHARS, (buffer, bytes) => d.m.FPDF_GetMetaText(d.doc, key, buffer, bytes))
}

function outline(d: PdfiumDocument): RawOutlineItem[] {
  const { m, doc } = d
  let total = 0
  const pageOf = (bookmark: number): number | null => {
    let dest = m.FPDFBookmark_GetDest(doc, bookmark)
    if (!dest) {
      const action = m.FPDFBookmark_GetAction(bookmark)
      dest = action ? m.FPDFAction_GetDest(doc, action) : 0
    }
    const index = dest ? m.FPDFDest_GetDestPageIndex(doc, dest) : -1
    return index >= 0 ? index + 1 : null
  }
  const level = (parent: number, depth: number): RawOutlineItem[] => {
    const items: RawOutlineItem[] = []
    if (depth > MAX_OUTLINE_DEPTH) return items
    for (
      let bookmark = m.FPDFBookmark_GetFirstChild(doc, parent);
      bookmark && items.length < MAX_OUTLINE_ITEMS && total < MAX_OUTLINE_TOTAL;
      bookmark = m.FPDFBookmark_GetNextSibling(doc, bookmark)
    ) {
      total++
      items.push({
        title: bufferText(m, 2000, (buffer, bytes) => m.FPDFBookmark_GetTitle(bookmark, buffer, bytes)),
        page: pageOf(bookmark),
        items: level(bookmark, depth + 1),
      })
    }
    return items
  }
  return level(0, 0)
}

/**
 * The XMP packet as written. PDFium has no call for it, so the file is scanned as the XMP
 * specification allows for any file (a packet is plain text in a metadata stream), a block
 * at a time: the last packet wins, as an incremental update appends the newer one. A packet
 * inside a compressed stream is not found; the Info dictionary and page 1 then say the
 * same things.
 */
export function xmpPacket(size: number, readAt: (position: number, length: number) => Buffer): string {
  let found = ''
  // blocks overlap by a packet's most, so a packet across two blocks is whole in one
  for (let position = 0; position < size; position += XMP_BLOCK) {
    const packet = lastPacket(readAt(position, XMP_BLOCK + MAX_XMP_BYTES))
    if (packet) found = packet
  }
  return found
}

const OPEN = Buffer.from('<x:xmpmeta')
const CLOSE = Buffer.from('</x:xmpmeta>')

/**
 * The last packet in `block`, in one pass: each closing tag is paired with the last opening
 * tag since the previous closing tag, so no stretch is searched twice (a file of nothing but
 * tags costs what a file of plain bytes does).
 */
function lastPacket(block: Buffer): string {
  let found = ''
  for (let from = 0, end = block.indexOf(CLOSE); end >= 0; end = block.indexOf(CLOSE, from)) {
    const start = block.subarray(from, end).lastIndexOf(OPEN)
    if (start >= 0 && end - (from + start) <= MAX_XMP_BYTES)
      found = block.toString('utf8', from + start, end + CLOSE.length)
    from = end + CLOSE.length
  }
  return found
}

export const XMP_BLOCK = 4 * 1024 * 1024

/**
 * Page 1's text as runs: characters in the text page's order, cut where the size or the
 * baseline changes or at a line break. Coordinates as pdf.js gave them: `top` from the
 * top of the page, in points.
 */
function firstPage(d: PdfiumDocument): RawDetails['firstPage'] {
  const { m } = d
  const empty = { height: 0, runs: [] }
  const read = withTextPage(d, 0, (textPage, page) => {
    const height = m.FPDF_GetPageHeightF(page)
    const runs: TextRun[] = []
    const count = Math.min(m.FPDFText_CountChars(textPage), MAX_FIRST_PAGE_CHARS)
    // 32 bytes for an origin or a box (doubles), then 24 for a matrix (floats)
    const scratch = m.pdfium.wasmExports.malloc(56)
    if (!scratch) return { height, runs }
    const f64 = (i: number) => m.pdfium.getValue(scratch + i * 8, 'double')
    const f32 = (i: number) => m.pdfium.getValue(scratch + 32 + i * 4, 'float')
    /**
     * The character's size as drawn, as pdf.js measures a run: PDFium's font size times the
     * scale of its matrix (a title set at 25 pt and drawn twice as large is 50); null for a
     * character drawn mirrored (a reflection under a title is never part of a heading).
     */
    const drawnSize = (i: number): number | null => {
      const size = m.FPDFText_GetFontSize(textPage, i)
      if (!m.FPDFText_GetMatrix(textPage, i, scratch + 32)) return size
      const [a, b, c, d] = [f32(0), f32(1), f32(2), f32(3)]
      return a * d - b * c < 0 ? null : size * Math.hypot(c, d)
    }
    let run: TextRun | null = null
    let baseline = 0
    const end = () => {
      if (run && run.str.trim() && runs.length < MAX_FIRST_PAGE_RUNS) runs.push({ ...run, str: run.str.slice(0, 500) })
      run = null
    }
    try {
      for (let i = 0; i < count; i++) {
        const code = m.FPDFText_GetUnicode(textPage, i)
        if (code === 10 || code === 13 || code === 0xfffe) {
          end()
          continue
        }
        if (code === 32) {
          if (run) (run as TextRun).str += ' '
          continue
        }
        const size = drawnSize(i)
        if (size === null) {
          end()
          continue
        }
        if (!m.FPDFText_GetCharOrigin(textPage, i, scratch, scratch + 8)) continue
        const [x, y] = [f64(0), f64(1)]
        if (!m.FPDFText_GetCharBox(textPage, i, scratch, scratch + 8, scratch + 16, scratch + 24)) continue
        const [left, right] = [f64(0), f64(1)]
        const current = run as TextRun | null
        if (current && (Math.abs(current.size - size) > 0.01 || Math.abs(baseline - y) > size * 0.2)) end()
        if (!run) {
          run = { str: '', size, x, top: height - y, width: 0 }
          baseline = y
        }
        // right to left, the characters come rightmost first: the run spans them all
        const reach = run.x + run.width
        run.x = Math.min(run.x, x, left)
        run.width = Math.max(reach, right) - run.x
        run.str += String.fromCodePoint(code)
      }
      end()
    } finally {
      m.pdfium.wasmExports.free(scratch)
    }
    return { height, runs }
  })
  return read ?? empty
}

export function readDetails(d: PdfiumDocument): RawDetails {
  const { m, doc } = d
  const xmp = xmpPacket(d.size, d.readAt)
  return {
    title: info(d, 'Title'),
    author: info(d, 'Author'),
    subject: info(d, 'Subject'),
    created: info(d, 'CreationDate'),
    language: bufferText(m, 100, (buffer, bytes) => m.FPDFCatalog_GetLanguage(doc, buffer, bytes)),
    outline: outline(d),
    xmp,
    firstPage: firstPage(d),
  }
}
