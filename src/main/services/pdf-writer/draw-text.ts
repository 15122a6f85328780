/**
 * The one way a printout puts text on a page: paragraphs laid out by bidi-lines.ts with the
 * fonts of fonts.ts, a right-to-left paragraph aligned right, a left-to-right one left. Lines
 * sit on a common baseline whatever font each run uses; a paragraph with Arabic gets the taller
 * line Arabic needs. Used by every PDF the app writes (report, agenda, run sheets, role cards,
 * glossary handout).
 */
import { fontFor, type FontKey, type Weight } from './fonts'
import { layoutParagraph, paragraphDirection, type Direction, type Line, type Measure } from './bidi-lines'
import type { Pdf } from './pdf-document'

export interface TextStyle {
  size: number
  weight?: Weight
  color?: string
  lineGap?: number
  /** the printout's direction, for paragraphs without a strong letter */
  direction: Direction
}

interface LaidParagraph {
  rtl: boolean
  lines: Line<FontKey>[]
  lineHeight: number
  ascent: number
}

export interface TextBlock {
  paragraphs: LaidParagraph[]
  height: number
  style: TextStyle
}

/** Text whose stretches have their own face: `faces[i]` is the face of `text[i]` (bold, italic…). */
export interface StyledText {
  text: string
  faces: Weight[]
}

function measureWith(doc: Pdf, style: TextStyle, faces: Weight[] | null, offset: number): Measure<FontKey> {
  const weight = style.weight ?? 'regular'
  return {
    fontFor: (char, rtl, at) => fontFor(char, rtl, faces?.[offset + at] ?? weight),
    width: (text, font) => doc.font(font).fontSize(style.size).widthOfString(text),
  }
}

/** Lays `text` (paragraphs separated by line breaks) out in `width` without drawing it. */
export function layoutText(doc: Pdf, text: string | StyledText, width: number, style: TextStyle): TextBlock {
  const [plain, faces] = typeof text === 'string' ? [text.replace(/\r\n?/g, '\n'), null] : [text.text, text.faces]
  let offset = 0
  const paragraphs = plain.split('\n').map((p) => {
    const measure = measureWith(doc, style, faces, offset)
    offset += p.length + 1
    const dir = paragraphDirection(p, style.direction)
    const lines = layoutParagraph(p, dir, width, measure)
    const arabic = lines.some((l) => l.runs.some((r) => r.font.startsWith('arabic')))
    const factor = arabic ? 1.55 : 1.3
    return {
      rtl: dir === 'rtl',
      lines: lines.length ? lines : [{ runs: [], width: 0 }],
      lineHeight: style.size * factor + (style.lineGap ?? 0),
      ascent: style.size * (arabic ? 1.08 : 0.98),
    }
  })
  const height = paragraphs.reduce((sum, p) => sum + p.lines.length * p.lineHeight, 0)
  return { paragraphs, height, style }
}

/**
 * pdfkit lays a run out word by word, remembering each word for the document (a report
 * repeats most of its words); given `features` it lays the run out whole, every time. A
 * right-to-left run of several words would have its words reordered by the shaper, so
 * bidi-lines.ts hands those over one word at a time; one that still holds a space goes whole.
 */
const wholeRun = (run: Line<FontKey>['runs'][number]) => (run.rtl && /[ \t]/.test(run.text) ? { features: [] } : {})

function drawLine(doc: Pdf, line: Line<FontKey>, x: number, baseline: number, style: TextStyle) {
  let left = x
  for (const run of line.runs) {
    if (run.text.trim())
      doc
        .font(run.font)
        .fontSize(style.size)
        .fillColor(style.color ?? '#000')
        .text(run.text, left, baseline, { lineBreak: false, baseline: 'alphabetic', ...wholeRun(run) })
    left += run.width
  }
}

const bottomOf = (doc: Pdf) => doc.page.height - doc.page.margins.bottom

/**
 * Draws a laid-out block with its top at `y` in the column [x, x + width]. With `flow`, a line
 * that does not fit goes to a new page. Answers the y below the block.
 */
export function drawBlock(doc: Pdf, block: TextBlock, x: number, y: number, width: number, flow = false): number {
  for (const p of block.paragraphs)
    for (const line of p.lines) {
      if (flow && y + p.lineHeight > bottomOf(doc)) {
        doc.addPage()
        y = doc.page.margins.top
      }
      drawLine(doc, line, p.rtl ? x + width - line.width : x, y + p.ascent, block.style)
      y += p.lineHeight
    }
  return y
}

/** Starts a new page when fewer than `height` points are left on this one. */
export function keepRoom(doc: Pdf, height: number) {
  if (doc.y + height > bottomOf(doc)) doc.addPage()
}

/** Writes text at the document's cursor across the page's text column (or `x`/`width`), and moves the cursor below it. */
export function writeText(
  doc: Pdf,
  text: string | StyledText,
  style: TextStyle,
  column?: { x: number; width: number },
): void {
  const x = column?.x ?? doc.page.margins.left
  const width = column?.width ?? doc.page.width - doc.page.margins.left - doc.page.margins.right
  doc.y = drawBlock(doc, layoutText(doc, text, width, style), x, doc.y, width, true)
  doc.x = doc.page.margins.left
}
