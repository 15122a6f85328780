// Builds the page the reader's engine warms on while the app is idle (renderer
// features/reader/pdf-setup.ts, warmPdfEngine). pdf.js compiles each kind of font
// the first time it meets one, and a cold tab paid that inside the first document's
// open: fiziko's first paint came ≈ 100 ms later than once the same kinds had been
// seen (tests/bench/README.md, session 31). So the page holds one short line in each
// kind real handbooks embed: CFF (LaTeX, InDesign: "CID Type 0C"), TrueType (Word,
// LibreOffice), and the standard fonts pdf.js fills in itself (Helvetica from its
// Liberation TrueType, Times from its Foxit Type 1), with a few shapes. The fonts are
// Noto Sans (OFL, already shipped for the exports), cut to the line's own letters;
// the CFF copy is its outlines rewritten as CFF by opentype.js.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import opentype from 'opentype.js'
import PDFDocument from 'pdfkit'
import { root } from './lib.mjs'

export const warmupPdfPath = join(root, 'resources', 'reader', 'engine-warmup.pdf')

const require = createRequire(import.meta.url)
// the package exports only its index (dist/); the fonts are in fonts/ beside it
const notoSans = join(dirname(require.resolve('@embedpdf/fonts-latin')), '..', 'fonts', 'NotoSans-Regular.ttf')

const LINE = 'Coordination civilo-militaire : rôles, phases, 2026.'

/** Noto Sans's glyphs for `text`, as an OpenType font with CFF outlines. */
function cffFontFor(text, ttf) {
  const source = opentype.parse(ttf.buffer.slice(ttf.byteOffset, ttf.byteOffset + ttf.byteLength))
  const chars = [...new Set(text)]
  const glyphs = [source.glyphs.get(0), ...chars.map((c) => source.charToGlyph(c))].map(
    (g, index) =>
      new opentype.Glyph({
        name: index === 0 ? '.notdef' : `g${index}`,
        unicode: index === 0 ? undefined : chars[index - 1].codePointAt(0),
        advanceWidth: g.advanceWidth,
        path: g.getPath(0, 0, source.unitsPerEm),
      }),
  )
  // getPath is in screen coordinates (y down) at 1 unit per unit: flip it back
  for (const glyph of glyphs)
    for (const cmd of glyph.path.commands) for (const k of ['y', 'y1', 'y2']) if (k in cmd) cmd[k] = -cmd[k]
  const font = new opentype.Font({
    familyName: 'Warmup Sans',
    styleName: 'Regular',
    unitsPerEm: source.unitsPerEm,
    ascender: source.ascender,
    descender: source.descender,
    glyphs,
  })
  return Buffer.from(font.toArrayBuffer())
}

const FONTS = ['cff', 'truetype', 'Helvetica', 'Times-Roman']

/**
 * Some 400 small shapes, filled and stroked: enough path operators that the parser and the
 * canvas code are compiled as they will be for a page of diagrams (fewer warmed less, and many
 * more kept the engine busy past the moment a facilitator opens a document).
 */
function drawShapes(doc, top) {
  doc.lineWidth(0.5)
  for (let i = 0; i < 400; i++) {
    const x = 40 + (i % 20) * 16
    const y = top + Math.floor(i / 20) * 12
    doc
      .moveTo(x, y)
      .bezierCurveTo(x + 4, y - 6, x + 10, y + 6, x + 14, y)
      .lineTo(x + 14, y + 8)
      .closePath()
    if (i % 3 === 0) doc.fill('#d7e8f0')
    else doc.stroke('#8a5a00')
  }
}

export async function makeWarmupPdf(target = warmupPdfPath) {
  const ttf = readFileSync(notoSans)
  const doc = new PDFDocument({
    size: 'A5',
    margin: 40,
    info: { Title: 'Reader warm-up', Author: 'Training Companion', CreationDate: new Date(0) },
  })
  const chunks = []
  doc.on('data', (c) => chunks.push(c))
  const done = new Promise((resolve) => doc.on('end', resolve))
  doc.registerFont('cff', cffFontFor(LINE, ttf))
  doc.registerFont('truetype', ttf)
  for (const font of FONTS) doc.font(font).fontSize(12).text(LINE).moveDown(0.3)
  for (const font of FONTS) doc.font(font).fontSize(6).text(Array(8).fill(LINE).join(' ')).moveDown(0.3)
  drawShapes(doc, doc.y + 10)
  doc.end()
  await done
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, Buffer.concat(chunks))
}

if (import.meta.url === `file://${process.argv[1]}`) await makeWarmupPdf()
