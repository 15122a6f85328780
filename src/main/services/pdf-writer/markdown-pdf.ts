/**
 * The PDF of a Markdown text (the report, agendas, run sheets, the glossary handout):
 * headings, paragraphs, lists and tables from marked's lexer (report-export's
 * `reportParts`), drawn with the one text layout of draw-text.ts. A right-to-left printout
 * puts a table's first column on the right and a list's bullets on the right.
 */
import { reportParts } from '../workshops/report-export'
import { directionOf, type Direction } from './bidi-lines'
import { drawBlock, keepRoom, layoutText, writeText, type TextStyle } from './draw-text'
import { newPdf, type Pdf } from './pdf-document'

const MARGIN = 56
const headingSizes = [20, 15, 12.5]

function drawList(doc: Pdf, items: string[], style: TextStyle, width: number) {
  const indent = 14
  for (const item of items) {
    const block = layoutText(doc, item, width - indent, style)
    const first = block.paragraphs[0]!
    keepRoom(doc, first.lineHeight)
    const bulletY = doc.y + first.ascent - style.size * 0.32
    const bulletX = first.rtl ? MARGIN + width - indent / 2 : MARGIN + indent / 2
    doc.circle(bulletX, bulletY, 1.8).fill('#000')
    doc.y = drawBlock(doc, block, first.rtl ? MARGIN : MARGIN + indent, doc.y, width - indent, true)
  }
}

function drawTable(doc: Pdf, header: string[], rows: string[][], direction: Direction, width: number, scale: number) {
  const colWidth = width / header.length
  const drawRow = (cells: string[], bold: boolean) => {
    const style: TextStyle = { size: 9 * scale, weight: bold ? 'bold' : 'regular', direction }
    const blocks = cells.map((c) => layoutText(doc, c, colWidth - 6, style))
    const height = Math.max(...blocks.map((b) => b.height))
    keepRoom(doc, height)
    const top = doc.y
    blocks.forEach((b, i) => {
      const column = direction === 'rtl' ? header.length - 1 - i : i
      drawBlock(doc, b, MARGIN + column * colWidth + 3, top, colWidth - 6)
    })
    doc.y = top + height + 4 * scale
  }
  drawRow(header, true)
  for (const r of rows) drawRow(r, false)
}

/** `language`: the printout's (Arabic runs right to left). */
export async function markdownPdf(markdown: string, title: string, language: string): Promise<Buffer> {
  return (await markdownPdfPages(markdown, title, language)).bytes
}

/** The same, its type `scale`d (a day sheet shrinks to fit one page), and how many pages it took. */
export async function markdownPdfPages(
  markdown: string,
  title: string,
  language: string,
  scale = 1,
): Promise<{ bytes: Buffer; pages: number }> {
  const direction = directionOf(language)
  const { doc, done } = newPdf({
    size: 'A4',
    margin: MARGIN,
    lang: language,
    info: { Title: title, Creator: 'Training Companion' },
  })
  let pages = 1
  doc.on('pageAdded', () => pages++)
  const width = doc.page.width - 2 * MARGIN
  const body: TextStyle = { size: 10.5 * scale, lineGap: 2 * scale, direction }
  for (const part of reportParts(markdown)) {
    if (part.kind === 'heading') {
      const size = (headingSizes[part.depth - 1] ?? 11) * scale
      doc.y += size * 0.5
      keepRoom(doc, size * 3)
      writeText(doc, part.text, { size, weight: 'bold', direction })
      doc.y += size * 0.3
    } else if (part.kind === 'paragraph') {
      writeText(doc, part.text, body)
      doc.y += body.size * 0.5
    } else if (part.kind === 'list') {
      drawList(doc, part.items, body, width)
      doc.y += body.size * 0.5
    } else {
      drawTable(doc, part.header, part.rows, direction, width, scale)
      doc.y += body.size * 0.5
    }
  }
  doc.end()
  return { bytes: await done, pages }
}
