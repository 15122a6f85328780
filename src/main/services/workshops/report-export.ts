/**
 * The report, as the facilitator last edited it (Markdown), written with a real
 * writer for each format: docx for Word here, pdfkit for PDF (pdf-writer/markdown-pdf.ts).
 * marked's lexer turns the Markdown into headings, paragraphs, lists and tables; each
 * writer lays those out.
 */
import { paragraphDirection } from '../pdf-writer/bidi-lines'
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import { lexer, type Token, type Tokens } from 'marked'

const plain = (s: string) => s.replace(/\*\*|__|\*|_|`/g, '')

type Part =
  | { kind: 'heading'; depth: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] }

export function reportParts(markdown: string): Part[] {
  const parts: Part[] = []
  for (const token of lexer(markdown) as Token[]) {
    if (token.type === 'heading') parts.push({ kind: 'heading', depth: token.depth, text: plain(token.text) })
    else if (token.type === 'paragraph') parts.push({ kind: 'paragraph', text: plain(token.text) })
    else if (token.type === 'list')
      parts.push({ kind: 'list', items: (token as Tokens.List).items.map((i) => plain(i.text)) })
    else if (token.type === 'table') {
      const t = token as Tokens.Table
      parts.push({
        kind: 'table',
        header: t.header.map((c) => plain(c.text)),
        rows: t.rows.map((r) => r.map((c) => plain(c.text))),
      })
    }
  }
  return parts
}

const headingLevels = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3]

/** As a browser's dir="auto": a paragraph runs right to left when its first strong letter does. */
export const runsRightToLeft = (text: string): boolean => paragraphDirection(text, 'ltr') === 'rtl'

function paragraph(
  text: string,
  options: { heading?: (typeof headingLevels)[number]; bold?: boolean; bullet?: boolean },
) {
  const rtl = runsRightToLeft(text)
  return new Paragraph({
    heading: options.heading,
    bullet: options.bullet ? { level: 0 } : undefined,
    bidirectional: rtl,
    children: [new TextRun({ text, bold: options.bold, rightToLeft: rtl })],
  })
}

export async function reportDocx(markdown: string): Promise<Buffer> {
  const children: (Paragraph | Table)[] = []
  for (const part of reportParts(markdown)) {
    if (part.kind === 'heading')
      children.push(
        paragraph(part.text, { heading: headingLevels[Math.min(part.depth, 3) - 1] ?? HeadingLevel.HEADING_3 }),
      )
    else if (part.kind === 'paragraph') children.push(paragraph(part.text, {}))
    else if (part.kind === 'list') for (const item of part.items) children.push(paragraph(item, { bullet: true }))
    else {
      const row = (cells: string[], bold = false) =>
        new TableRow({ children: cells.map((c) => new TableCell({ children: [paragraph(c, { bold })] })) })
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          visuallyRightToLeft: runsRightToLeft(part.header.join(' ')),
          rows: [row(part.header, true), ...part.rows.map((r) => row(r))],
        }),
      )
      children.push(new Paragraph(''))
    }
  }
  return Packer.toBuffer(new Document({ creator: 'Training Companion', sections: [{ children }] }))
}
