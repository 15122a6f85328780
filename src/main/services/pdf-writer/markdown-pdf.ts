/**
 * The PDF of a Markdown text (the report, agendas, run sheets, the glossary handout):
 * headings, paragraphs with their bold and italics, quotes, bulleted and numbered lists
 * with their nesting, tables and rules (markdown-parts.ts), drawn with the one text layout
 * of draw-text.ts. A right-to-left printout puts a table's first column on the right and a
 * list's bullets and numbers on the right.
 */
import { markdownParts, type ListItem, type Part, type Span } from '../markdown-parts'
import { directionOf, type Direction } from './bidi-lines'
import { drawBlock, keepRoom, layoutText, writeText, type StyledText, type TextStyle } from './draw-text'
import type { Weight } from './fonts'
import { newPdf, type Pdf } from './pdf-document'

const MARGIN = 56
const INDENT = 16
const headingSizes = [20, 15, 12.5]

const faceOf = (s: Span, bold: boolean): Weight =>
  s.bold || bold ? (s.italic ? 'bold-italic' : 'bold') : s.italic ? 'italic' : 'regular'

/** Styled runs as one text with a face per character; `bold` makes every run bold (headings, table headers). */
export function styled(spans: Span[], bold = false): StyledText {
  return {
    text: spans.map((s) => s.text).join(''),
    faces: spans.flatMap((s) => Array.from({ length: s.text.length }, () => faceOf(s, bold))),
  }
}

function drawList(doc: Pdf, items: ListItem[], style: TextStyle, width: number) {
  for (const item of items) {
    const indent = INDENT * (item.level + 1)
    const block = layoutText(doc, styled(item.spans), width - indent, style)
    const first = block.paragraphs[0]!
    keepRoom(doc, first.lineHeight)
    const marker = first.rtl ? MARGIN + width - indent + 4 : MARGIN + indent - 4
    const top = doc.y
    if (item.number === null)
      doc.circle(marker - (first.rtl ? -2 : 2), top + first.ascent - style.size * 0.32, 1.8).fill('#000')
    else
      doc
        .font('latin-regular')
        .fontSize(style.size)
        .fillColor('#000')
        .text(`${item.number}.`, first.rtl ? marker : marker - 24, top + first.ascent, {
          width: 24,
          align: first.rtl ? 'left' : 'right',
          lineBreak: false,
          baseline: 'alphabetic',
        })
    doc.y = top
    doc.y = drawBlock(doc, block, first.rtl ? MARGIN : MARGIN + indent, doc.y, width - indent, true)
  }
}

function drawQuote(doc: Pdf, paragraphs: Span[][], style: TextStyle, width: number) {
  for (const spans of paragraphs) {
    const block = layoutText(doc, styled(spans), width - INDENT * 2, { ...style, color: '#333' })
    keepRoom(doc, Math.min(block.height, 3 * style.size))
    const top = doc.y
    const rtl = block.paragraphs[0]?.rtl
    doc.y = drawBlock(doc, block, MARGIN + INDENT, top, width - INDENT * 2, true)
    const bar = rtl ? MARGIN + width - INDENT / 2 : MARGIN + INDENT / 2
    if (doc.y > top) doc.moveTo(bar, top).lineTo(bar, doc.y).lineWidth(2).strokeColor('#999').stroke()
  }
}

const PAD = 6

/**
 * Columns as wide as their longest line wants, while that fits: narrow columns (times,
 * minutes) keep their width and the wide ones share what is left; spare width goes to each
 * column in proportion to what it wants.
 */
function columnWidths(doc: Pdf, rows: Span[][][], style: TextStyle, width: number): number[] {
  const wants = rows[0]!.map(
    (_, i) =>
      Math.max(
        ...rows.map((r) =>
          Math.max(
            0,
            ...layoutText(doc, styled(r[i] ?? []), 1e6, style).paragraphs.flatMap((p) => p.lines.map((l) => l.width)),
          ),
        ),
      ) + PAD,
  )
  const widths = wants.map(() => 0)
  let left = width
  let open = wants.map((_, i) => i)
  while (open.length) {
    const share = left / open.length
    const narrow = open.filter((i) => wants[i]! <= share)
    if (!narrow.length) {
      for (const i of open) widths[i] = share
      return widths
    }
    for (const i of narrow) {
      widths[i] = wants[i]!
      left -= wants[i]!
    }
    open = open.filter((i) => !narrow.includes(i))
  }
  const total = wants.reduce((a, b) => a + b, 0)
  return widths.map((w, i) => w + (left * wants[i]!) / total)
}

function drawTable(doc: Pdf, header: Span[][], rows: Span[][][], direction: Direction, width: number, scale: number) {
  const style: TextStyle = { size: 9 * scale, direction }
  const widths = columnWidths(doc, [header.map((c) => c.map((s) => ({ ...s, bold: true }))), ...rows], style, width)
  const drawRow = (cells: Span[][], bold: boolean) => {
    const blocks = cells.map((c, i) => layoutText(doc, styled(c, bold), widths[i]! - PAD, style))
    const height = Math.max(...blocks.map((b) => b.height))
    keepRoom(doc, height)
    const top = doc.y
    let x = direction === 'rtl' ? MARGIN + width : MARGIN
    blocks.forEach((b, i) => {
      if (direction === 'rtl') x -= widths[i]!
      drawBlock(doc, b, x + PAD / 2, top, widths[i]! - PAD)
      if (direction === 'ltr') x += widths[i]!
    })
    doc.y = top + height + 4 * scale
  }
  drawRow(header, true)
  for (const r of rows) drawRow(r, false)
}

function drawPart(doc: Pdf, part: Part, body: TextStyle, width: number, scale: number) {
  if (part.kind === 'heading') {
    const size = (headingSizes[part.depth - 1] ?? 11) * scale
    doc.y += size * 0.5
    keepRoom(doc, size * 3)
    writeText(doc, styled(part.spans, true), { size, direction: body.direction })
    doc.y += size * 0.3
    return
  }
  if (part.kind === 'paragraph') writeText(doc, styled(part.spans), body)
  else if (part.kind === 'quote') drawQuote(doc, part.paragraphs, body, width)
  else if (part.kind === 'list') drawList(doc, part.items, body, width)
  else if (part.kind === 'table') drawTable(doc, part.header, part.rows, body.direction, width, scale)
  else {
    keepRoom(doc, body.size)
    doc
      .moveTo(MARGIN, doc.y + 4)
      .lineTo(MARGIN + width, doc.y + 4)
      .lineWidth(0.5)
      .strokeColor('#999')
      .stroke()
    doc.y += 8
  }
  doc.y += body.size * 0.5
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
  const { doc, done } = newPdf({
    size: 'A4',
    margin: MARGIN,
    lang: language,
    info: { Title: title, Creator: 'Training Companion' },
  })
  let pages = 1
  doc.on('pageAdded', () => pages++)
  const width = doc.page.width - 2 * MARGIN
  const body: TextStyle = { size: 10.5 * scale, lineGap: 2 * scale, direction: directionOf(language) }
  for (const part of markdownParts(markdown)) drawPart(doc, part, body, width, scale)
  doc.end()
  return { bytes: await done, pages }
}
