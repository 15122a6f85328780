// Builds the starter documents' PDFs (the quick guide, the principles note, the four
// contextualisation strategies, the background-note template) from our own source text
// (resources/starter/<name>.md) with pdfkit, so that the reader has real PDFs on first
// run. Headings become the PDF outline; "- " and "1. " lines become lists.
import { createWriteStream, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import PDFDocument from 'pdfkit'
import { root } from './lib.mjs'

const starter = join(root, 'resources', 'starter')

/** Each document, its title in the PDF's metadata, and whether each section starts a page. */
export const starterDocuments = [
  { name: 'quick-guide', title: "Facilitator's quick guide", pagePerSection: true },
  { name: 'principles', title: 'Human security: principles and the protection–empowerment framework' },
  { name: 'contextualisation', title: 'Four strategies for contextualising a workshop' },
  { name: 'background-note-template', title: 'Background note template for regional practitioners' },
]

const listItem = /^(- |\d+\. )/

function writeBlock(doc, text, state, pagePerSection) {
  if (text.startsWith('# ')) {
    doc.font('Helvetica-Bold').fontSize(22).text(text.slice(2))
    doc.outline.addItem(text.slice(2))
    doc.moveDown(0.5)
  } else if (text.startsWith('## ')) {
    if (pagePerSection && !state.first) doc.addPage()
    else if (!state.first) doc.moveDown(0.6)
    state.first = false
    doc.font('Helvetica-Bold').fontSize(15).text(text.slice(3))
    doc.outline.addItem(text.slice(3))
    doc.moveDown(0.4)
  } else if (text.split('\n').every((line) => listItem.test(line))) {
    const lines = text.split('\n')
    const numbered = /^\d/.test(lines[0])
    doc.font('Helvetica').fontSize(11)
    doc.list(
      lines.map((line) => line.replace(listItem, '')),
      { listType: numbered ? 'numbered' : 'bullet', bulletRadius: 2, textIndent: 16, bulletIndent: 4, lineGap: 2 },
    )
    doc.moveDown(0.6)
  } else {
    doc.font('Helvetica').fontSize(11).text(text.replace(/\n/g, ' '), { align: 'left', lineGap: 2 })
    doc.moveDown(0.6)
  }
}

export async function makeStarterPdf({ name, title, pagePerSection = false }, target = join(starter, `${name}.pdf`)) {
  const source = readFileSync(join(starter, `${name}.md`), 'utf8')
  const doc = new PDFDocument({
    size: 'A4',
    margin: 64,
    info: { Title: title, Author: 'Training Companion', CreationDate: new Date(0) },
  })
  const out = createWriteStream(target)
  doc.pipe(out)
  const state = { first: true }
  for (const block of source.split(/\n\s*\n/)) writeBlock(doc, block.trim(), state, pagePerSection)
  doc.end()
  await finished(out)
  return target
}

export async function makeStarterPdfs() {
  const made = []
  for (const document of starterDocuments) made.push(await makeStarterPdf(document))
  return made
}

if (import.meta.url === `file://${process.argv[1]}`) console.log((await makeStarterPdfs()).join('\n'))
