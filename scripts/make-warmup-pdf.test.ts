import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openFile, pageText } from '../src/main/services/pdf/pdfium'
import { withTempDir } from '../src/main/testing/temp-dir'
import { makeWarmupPdf } from './make-warmup-pdf.mjs'

describe('the page the reader’s engine warms on', () => {
  it('holds its line in an embedded CFF font, an embedded TrueType font, Helvetica and Times, each readable', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'warmup.pdf')
      await makeWarmupPdf(path)
      const raw = readFileSync(path, 'latin1')
      expect(raw).toMatch(/\/Subtype \/CIDFontType0C/)
      expect(raw).toMatch(/\/FontFile3/)
      expect(raw).toMatch(/\/FontFile2/)
      expect(raw).toMatch(/\/BaseFont \/Helvetica\b/)
      expect(raw).toMatch(/\/BaseFont \/Times-Roman\b/)
      const doc = await openFile(path)
      try {
        expect(doc.pages).toBe(1)
        // the first four lines are the line in each font, in order: the CFF copy's letters map back to text
        const lines = (pageText(doc, 0) ?? '').split('\n').slice(0, 4)
        expect(lines).toEqual(Array(4).fill('Coordination civilo-militaire : rôles, phases, 2026.'))
      } finally {
        doc.close()
      }
      expect(readFileSync(path).byteLength).toBeLessThan(40_000)
    })
  })
})
