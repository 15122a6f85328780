/**
 * A valid PDF of an exact size, made in a second or two: a few text pages, the last one
 * drawing a large greyscale image whose bytes make up the size (the shape of a scanned
 * manual). The image is written in chunks, never held whole, so a test can make files at
 * the import size cap without spending the memory it is trying to measure.
 */
import { randomBytes } from 'node:crypto'
import { open } from 'node:fs/promises'
import { join } from 'node:path'

const IMAGE_WIDTH = 1024
const CHUNK = 1024 * 1024

interface Layout {
  before: string
  imageBytes: number
  after: (xrefAt: number) => string
}

function layout(pageTexts: string[], imageBytes: number): Layout {
  const objects: string[] = []
  const add = (body: string) => objects.push(body)
  const kids = pageTexts.map((_, i) => `${4 + i * 2} 0 R`).join(' ')
  const imageRef = 4 + pageTexts.length * 2
  add('<< /Type /Catalog /Pages 2 0 R >>')
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pageTexts.length} >>`)
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>')
  pageTexts.forEach((text, i) => {
    const draw = i === pageTexts.length - 1 ? `q 400 0 0 300 100 300 cm /Im1 Do Q\n` : ''
    const content = `BT /F1 14 Tf 72 770 Td (${text.replace(/[^ -~]|[()\\]/g, '')}) Tj ET\n${draw}`
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${5 + i * 2} 0 R ` +
        `/Resources << /Font << /F1 3 0 R >> /XObject << /Im1 ${imageRef} 0 R >> >> >>`,
    )
    add(`<< /Length ${content.length} >>\nstream\n${content}endstream`)
  })
  let before = '%PDF-1.7\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(before.length)
    before += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  offsets.push(before.length)
  const height = imageBytes / IMAGE_WIDTH
  before +=
    `${imageRef} 0 obj\n<< /Type /XObject /Subtype /Image /Width ${IMAGE_WIDTH} /Height ${height} ` +
    `/ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${imageBytes} >>\nstream\n`
  const entries = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  const after = (xrefAt: number) =>
    `\nendstream\nendobj\nxref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${entries}` +
    `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`
  return { before, imageBytes, after }
}

/** Writes `name` in `dir`, exactly `bytes` long (at least about 2 KB), and answers its path. */
export async function makeLargePdf(dir: string, name: string, bytes: number, pageTexts = ['One', 'Two', 'Three']) {
  const overhead = (l: Layout) => l.before.length + l.after(bytes).length
  const rough = layout(pageTexts, 0)
  const imageBytes = Math.floor((bytes - overhead(rough) - 64) / IMAGE_WIDTH) * IMAGE_WIDTH
  const { before, after } = layout(pageTexts, imageBytes)
  const end = (pad: number) =>
    `${' '.repeat(pad)}${after(before.length + imageBytes + pad + '\nendstream\nendobj\n'.length)}`
  let pad = bytes - before.length - imageBytes - end(0).length
  while (before.length + imageBytes + end(pad).length > bytes) pad--
  if (pad < 0) throw new Error(`a PDF of ${bytes} bytes is too small for this layout`)
  const file = await open(join(dir, name), 'w')
  try {
    await file.write(before)
    const chunk = randomBytes(CHUNK)
    for (let left = imageBytes; left > 0; left -= CHUNK) await file.write(chunk, 0, Math.min(CHUNK, left))
    await file.write(end(pad))
  } finally {
    await file.close()
  }
  return join(dir, name)
}
