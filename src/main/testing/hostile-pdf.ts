/**
 * A small, valid PDF written byte by byte, whose outline and metadata are what a careless
 * or hostile producer might write: targets at page 99999, -3, 1e20 or NaN, a name that
 * leads nowhere, titles of thousands of characters with control and bidi characters, an
 * outline nested 40 deep, an impossible creation date. pdfkit cannot write such values;
 * this writes them as plain PDF objects with a correct cross-reference table.
 */
import { once } from 'node:events'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createDeflate } from 'node:zlib'
import { plainPdf } from './plain-pdf'

interface Entry {
  title: string
  /** a PDF object written as is, e.g. `[99998 /Fit]` or `(nowhere)`; PAGE1 stands for the first page */
  dest: string
  kids?: Entry[]
}

/** A text string as UTF-16BE with its byte-order mark, so any code point (U+0000 too) can be written. */
const text = (s: string) =>
  `<FEFF${Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16).padStart(4, '0')).join('')}>`

const nested = (depth: number): Entry => ({
  title: `Level ${depth}`,
  dest: 'PAGE1',
  kids: depth < 40 ? [nested(depth + 1)] : [],
})

export const hostileOutline: Entry[] = [
  { title: 'Introduction', dest: '[PAGE1 /Fit]' },
  { title: 'Far away', dest: '[99998 /Fit]' },
  { title: 'Before the start', dest: '[-4 /Fit]' },
  { title: 'Beyond any number', dest: '[99999999999999999999 /Fit]' },
  { title: 'Not a number', dest: '[NaN /Fit]' },
  { title: 'Nowhere', dest: '(nowhere)' },
  { title: `\u0001\u0007Bell\u0000 red \u202Eevil\u009b ${'long '.repeat(2000)}`, dest: '[1 /Fit]' },
  { ...nested(1) },
]

export async function makeHostilePdf(dir: string, name: string): Promise<string> {
  const objects: string[] = []
  const add = (body: string) => objects.push(body)
  // 1 catalog, 2 pages, 3 font, 4-5 pages, 6-7 contents, 8 info, 9 outline root, 10.. entries
  add(`<< /Type /Catalog /Pages 2 0 R /Outlines 9 0 R /Lang ${text(`en-GB\u0000${'x'.repeat(300)}`)} >>`)
  add('<< /Type /Pages /Kids [4 0 R 5 0 R] /Count 2 >>')
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>')
  for (const content of [6, 7])
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R >>`,
    )
  for (const words of ['Protection of civilians', 'Early warning'])
    add(
      `<< /Length ${`BT /F1 12 Tf 72 720 Td (${words}) Tj ET`.length} >>\nstream\nBT /F1 12 Tf 72 720 Td (${words}) Tj ET\nendstream`,
    )
  add(
    `<< /Title ${text(`\u0000Handbook\u0007 \u202E${'of everything '.repeat(400)}`)} /Author ${text(`Evil\u0000\u0007 ${'author '.repeat(400)}`)}` +
      ` /Subject ${text(`About\u0001 ${'subjects '.repeat(3000)}`)} /CreationDate (D:99991399999999) /ModDate (yesterday) >>`,
  )
  const root = 9
  let next = 10
  const entries: { num: number; body: string }[] = []
  const place = (list: Entry[], parent: number): number[] => {
    const nums = list.map(() => next++)
    list.forEach((e, i) => {
      const kids = place(e.kids ?? [], nums[i]!)
      const link = [
        i > 0 ? `/Prev ${nums[i - 1]} 0 R` : '',
        i < nums.length - 1 ? `/Next ${nums[i + 1]} 0 R` : '',
        kids.length ? `/First ${kids[0]} 0 R /Last ${kids.at(-1)} 0 R /Count ${kids.length}` : '',
      ].join(' ')
      const dest = e.dest === 'PAGE1' ? '[4 0 R /Fit]' : e.dest.replace('PAGE1', '4 0 R')
      entries.push({ num: nums[i]!, body: `<< /Title ${text(e.title)} /Parent ${parent} 0 R /Dest ${dest} ${link} >>` })
    })
    return nums
  }
  const top = place(hostileOutline, root)
  add(`<< /Type /Outlines /First ${top[0]} 0 R /Last ${top.at(-1)} 0 R /Count ${top.length} >>`)
  for (const e of entries.sort((a, b) => a.num - b.num)) add(e.body)

  const pdf = plainPdf(objects, '/Root 1 0 R /Info 8 0 R')
  const path = join(dir, name)
  await writeFile(path, pdf, 'latin1')
  return path
}

/**
 * A small PDF whose page 1 content stream inflates to `inflatedMb` MB of spaces (a "zip
 * bomb" in Flate) before its one line of text; page 2 is ordinary. A few hundred kB on disk.
 */
export async function makeInflationBombPdf(dir: string, name: string, inflatedMb: number): Promise<string> {
  const deflate = createDeflate({ level: 9 })
  const parts: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => parts.push(chunk))
  const done = new Promise((resolve) => deflate.on('end', resolve))
  const spaces = Buffer.alloc(1024 * 1024, 0x20)
  for (let i = 0; i < inflatedMb; i++) if (!deflate.write(spaces)) await once(deflate, 'drain')
  deflate.end(Buffer.from('BT /F1 12 Tf 72 720 Td (after the bomb) Tj ET'))
  await done
  const bomb = Buffer.concat(parts)
  const page = (contents: number) =>
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contents} 0 R >>`
  const plain = 'BT /F1 12 Tf 72 720 Td (page two) Tj ET'
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [4 0 R 5 0 R] /Count 2 >>'),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
    Buffer.from(page(6)),
    Buffer.from(page(7)),
    Buffer.concat([
      Buffer.from(`<< /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n`),
      bomb,
      Buffer.from('\nendstream'),
    ]),
    Buffer.from(`<< /Length ${plain.length} >>\nstream\n${plain}\nendstream`),
  ]
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n')]
  let at = chunks[0]!.length
  const offsets = objects.map((body, i) => {
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')])
    chunks.push(object)
    const offset = at
    at += object.length
    return offset
  })
  const xref = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  chunks.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`,
    ),
  )
  const path = join(dir, name)
  await writeFile(path, Buffer.concat(chunks))
  return path
}
