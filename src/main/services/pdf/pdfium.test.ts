/** The text and XMP as PDFium's extractor hands them on: what search and the details finder see. */
import { describe, expect, it } from 'vitest'
import { cleanPageText } from './pdfium'
import { XMP_BLOCK, xmpPacket } from './pdfium-details'

describe('a page as PDFium reads it', () => {
  it('joins a word hyphenated at a line end, so search finds it whole', () => {
    expect(cleanPageText('it is a func\ufffetion of path length\r\nnext line')).toBe(
      'it is a function of path length\nnext line',
    )
  })

  it('keeps line breaks and drops control characters and spaces at line ends', () => {
    expect(cleanPageText('  a =  \r\n\u0014\r\n1 2\r\n3 4 \u0015\r\nEnd\u000c ')).toBe('a =\n\n1 2\n3 4\nEnd')
  })
})

describe('the XMP packet', () => {
  const packet = (title: string) =>
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:title><rdf:Alt><rdf:li>${title}</rdf:li></rdf:Alt></dc:title></x:xmpmeta>`
  const reader = (file: Buffer) => (position: number, length: number) => file.subarray(position, position + length)

  it('is the last one in the file (an incremental update appends the newer one)', () => {
    const file = Buffer.from(`%PDF-1.7 ${packet('Old')} stream ${packet('Nouveau titre é')} %%EOF`)
    expect(xmpPacket(file.length, reader(file))).toContain('Nouveau titre é')
  })

  it('is found across the blocks the file is read in, and nothing where there is none', () => {
    const before = Buffer.alloc(XMP_BLOCK - 20, 0x20)
    const file = Buffer.concat([before, Buffer.from(packet('Across')), Buffer.alloc(100, 0x20)])
    expect(xmpPacket(file.length, reader(file))).toBe(packet('Across'))
    expect(xmpPacket(before.length, reader(before))).toBe('')
  })

  it('is read in one pass over a file of stray tags (a hostile file cannot make the scan take minutes)', () => {
    // an opening tag too far from any closing tag to make a packet, then nothing but closing tags
    const strays = Buffer.from('<x:xmpmeta ' + ' '.repeat(70_000) + '</x:xmpmeta>'.repeat(100_000))
    const file = Buffer.concat([Buffer.from(packet('Real')), strays])
    expect(xmpPacket(file.length, reader(file))).toBe(packet('Real'))
  })
})
