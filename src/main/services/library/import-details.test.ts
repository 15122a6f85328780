/**
 * A new record's details as an import finds them in PDFs the test makes: a title in the
 * Info dictionary, in XMP only, only printed on page 1, or a junk title a word processor
 * wrote. The file name is the last resort.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { finished } from 'node:stream/promises'
import PDFDocument from 'pdfkit'
import { join } from 'node:path'
import { withTempDir, workerPath } from '../../testing/temp-dir'
import { makeTitledPdf } from '../../testing/pdf-fixtures'
import { openStore } from '../../store/open-store'
import { dataPaths } from '../../paths'
import { createExtractionPool, type ExtractionPool } from '../pdf/extraction-pool'
import { importPdfs } from './import'

let pool: ExtractionPool
beforeAll(() => {
  pool = createExtractionPool({ workerPath, stallMs: 10_000 })
})
afterAll(() => pool.close())

const body = [
  'The coordination of civil, military and police actors in the response to a crisis is the subject of this guide. It is for the people who plan and run the meetings where they meet.',
  'Second page of the text.',
]

async function importOne(dir: string, path: string) {
  const paths = dataPaths(join(dir, 'data'))
  for (const d of [paths.files, paths.text, paths.backups]) await mkdir(d, { recursive: true })
  const { store } = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
  const deps = { store, paths, pool, clock: { now: () => '2026-11-24T10:00:00.000Z' }, maxBytes: 5 << 20 }
  const [outcome] = await importPdfs(deps, [{ path }], 'b')
  expect(outcome).toMatchObject({ status: 'imported' })
  return store.read().resources[0]!
}

describe('the details an import finds', () => {
  it('takes title, authors and year from the Info dictionary, and kind Document', async () => {
    await withTempDir(async (dir) => {
      const pdf = await makeTitledPdf(dir, '01_scan-final.pdf', body, {
        info: {
          Title: 'Civil-Military Coordination Handbook',
          Author: 'Amina Diallo; Jean Moreau',
          CreationDate: new Date('2014-06-01'),
        },
        heading: ['A different heading'],
        infoOnly: true,
      })
      expect(await importOne(dir, pdf)).toMatchObject({
        title: 'Civil-Military Coordination Handbook',
        authors: ['Amina Diallo', 'Jean Moreau'],
        year: 2014,
        language: 'en',
        kind: 'document',
      })
    })
  })

  it('takes them from XMP when the Info dictionary has none', async () => {
    await withTempDir(async (dir) => {
      const xmp = `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Guide de la coordination</rdf:li></rdf:Alt></dc:title>
        <dc:creator><rdf:Seq><rdf:li>Awa Ndiaye</rdf:li></rdf:Seq></dc:creator>
        <dc:language><rdf:Bag><rdf:li>fr</rdf:li></rdf:Bag></dc:language>
      </rdf:Description>`
      const pdf = await makeTitledPdf(dir, 'doc42.pdf', body, { xmp, info: { CreationDate: new Date('2019-03-01') } })
      expect(await importOne(dir, pdf)).toMatchObject({
        title: 'Guide de la coordination',
        authors: ['Awa Ndiaye'],
        language: 'fr',
        year: 2019,
      })
    })
  })

  it('takes the big heading of page 1 when the file says nothing', async () => {
    await withTempDir(async (dir) => {
      const pdf = await makeTitledPdf(dir, '01 fiziko.pdf', body, {
        heading: ['Protecting Civilians', 'in Peace Operations'],
        infoOnly: true,
      })
      expect(await importOne(dir, pdf)).toMatchObject({
        title: 'Protecting Civilians in Peace Operations',
        kind: 'document',
      })
    })
  })

  it('reads a heading drawn scaled up, and not its mirrored reflection under it', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'cover.pdf')
      const doc = new PDFDocument({ size: 'A4', info: {} })
      const out = createWriteStream(path)
      doc.pipe(out)
      // set at 14 pt, drawn twice as large: 28 pt on the page, larger than the 20 pt line below
      doc.save().translate(60, 120).scale(2).fontSize(14).text('Civil-Military Handbook', 0, 0, { lineBreak: false })
      doc.restore()
      // its reflection just under it, as a cover's decoration
      doc
        .save()
        .translate(60, 190)
        .scale(2, -2)
        .fontSize(14)
        .text('Civil-Military Handbook', 0, 0, { lineBreak: false })
      doc.restore()
      doc.fontSize(20).text('Foreword and a few words', 60, 260)
      doc.fontSize(11).text(body[0]!, 60, 300, { width: 450 })
      doc.end()
      await finished(out)
      expect(await importOne(dir, path)).toMatchObject({ title: 'Civil-Military Handbook' })
    })
  })

  it('passes over a junk title for the heading', async () => {
    await withTempDir(async (dir) => {
      const pdf = await makeTitledPdf(dir, 'x.pdf', body, {
        info: { Title: 'Microsoft Word - draft_v3.doc', Author: 'Administrator' },
        heading: ['Early Warning and Response'],
      })
      expect(await importOne(dir, pdf)).toMatchObject({ title: 'Early Warning and Response', authors: [] })
    })
  })

  it('uses the file name only when there is nothing else', async () => {
    await withTempDir(async (dir) => {
      const pdf = await makeTitledPdf(dir, 'field_notes-2024.pdf', ['short'], {
        info: { Title: 'untitled' },
        infoOnly: true,
      })
      expect(await importOne(dir, pdf)).toMatchObject({ title: 'field notes 2024' })
    })
  })
})
