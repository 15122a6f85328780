/**
 * The report as a Word document, from the Markdown the facilitator last edited: headings,
 * paragraphs with their bold and italics, quotes (Word's "Quote" style), bulleted and
 * numbered lists with their nesting, tables and rules, each paragraph right to left when
 * its first strong letter is (as a browser's dir="auto").
 */
import { paragraphDirection } from '../pdf-writer/bidi-lines'
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { markdownParts, plainText, type Part, type Span } from '../markdown-parts'

const headingLevels = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3]

/** As a browser's dir="auto": a paragraph runs right to left when its first strong letter does. */
export const runsRightToLeft = (text: string): boolean => paragraphDirection(text, 'ltr') === 'rtl'

type ParagraphOptions = Omit<ConstructorParameters<typeof Paragraph>[0] & object, 'children'>

function paragraph(spans: Span[], options: ParagraphOptions = {}, bold = false): Paragraph {
  const rtl = runsRightToLeft(plainText(spans))
  const children = spans.flatMap((s) =>
    s.text.split('\n').map(
      (text, i) =>
        new TextRun({
          text,
          bold: s.bold || bold,
          italics: s.italic,
          rightToLeft: rtl,
          break: i > 0 ? 1 : undefined,
        }),
    ),
  )
  return new Paragraph({ ...options, bidirectional: rtl, children })
}

const NUMBERED = 'numbered'
const numbering = {
  config: [
    {
      reference: NUMBERED,
      levels: [0, 1, 2, 3].map((level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
      })),
    },
  ],
}

const styles = {
  paragraphStyles: [
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, color: '444444' },
      paragraph: {
        indent: { left: 720 },
        border: { left: { style: BorderStyle.SINGLE, size: 12, color: '999999', space: 8 } },
      },
    },
  ],
}

function table(part: Extract<Part, { kind: 'table' }>): Table {
  const row = (cells: Span[][], bold = false) =>
    new TableRow({ children: cells.map((c) => new TableCell({ children: [paragraph(c, {}, bold)] })) })
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    visuallyRightToLeft: runsRightToLeft(part.header.map(plainText).join(' ')),
    rows: [row(part.header, true), ...part.rows.map((r) => row(r))],
  })
}

function partToDocx(part: Part, listNumber: number): (Paragraph | Table)[] {
  switch (part.kind) {
    case 'heading':
      return [paragraph(part.spans, { heading: headingLevels[Math.min(part.depth, 4) - 1] })]
    case 'paragraph':
      return [paragraph(part.spans)]
    case 'quote':
      return part.paragraphs.map((spans) => paragraph(spans, { style: 'Quote' }))
    case 'list':
      return part.items.map((item) =>
        paragraph(
          item.spans,
          part.ordered && item.number !== null
            ? { numbering: { reference: NUMBERED, level: item.level, instance: listNumber } }
            : { bullet: { level: item.level } },
        ),
      )
    case 'table':
      return [table(part), new Paragraph('')]
    case 'rule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 4 } } })]
  }
}

export async function reportDocx(markdown: string): Promise<Buffer> {
  const children = markdownParts(markdown).flatMap((part, i) => partToDocx(part, i))
  return Packer.toBuffer(new Document({ creator: 'Training Companion', numbering, styles, sections: [{ children }] }))
}
