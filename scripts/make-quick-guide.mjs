// Builds resources/starter/quick-guide.pdf from our own source text
// (resources/starter/quick-guide.md) with pdfkit, so that the reader has a real
// PDF on first run. Headings become the PDF outline.
import { createWriteStream, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import PDFDocument from 'pdfkit'
import { root } from './lib.mjs'

export async function makeQuickGuide(target = join(root, 'resources', 'starter', 'quick-guide.pdf')) {
  const source = readFileSync(join(root, 'resources', 'starter', 'quick-guide.md'), 'utf8')
  const doc = new PDFDocument({
    size: 'A4',
    margin: 64,
    info: { Title: "Facilitator's quick guide", Author: 'Training Companion', CreationDate: new Date(0) },
  })
  const out = createWriteStream(target)
  doc.pipe(out)
  let first = true
  for (const block of source.split(/\n\s*\n/)) {
    const text = block.trim()
    if (text.startsWith('# ')) {
      doc.font('Helvetica-Bold').fontSize(22).text(text.slice(2))
      doc.outline.addItem(text.slice(2))
      doc.moveDown(0.5)
    } else if (text.startsWith('## ')) {
      if (!first) doc.addPage()
      first = false
      doc.font('Helvetica-Bold').fontSize(15).text(text.slice(3))
      doc.outline.addItem(text.slice(3))
      doc.moveDown(0.4)
    } else {
      doc.font('Helvetica').fontSize(11).text(text, { align: 'left', lineGap: 2 })
      doc.moveDown(0.6)
    }
  }
  doc.end()
  await finished(out)
  return target
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await makeQuickGuide())
