/**
 * A scanned handbook: pages that are only pictures, as a photocopied manual run through a
 * scanner gives. The bench makes one from corpus pages (pdftoppm to JPEG at 200 dpi, then
 * pdfkit places each image on its own page, no text) and imports it into the bench's data
 * folder, so the reader's first paint of an image-only page is measured beside pdftoppm.
 */
import { execFileSync } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import PDFDocument from 'pdfkit'
import { openStore } from '../../src/main/store/open-store'
import { dataPaths } from '../../src/main/paths'
import { createExtractionPool } from '../../src/main/services/pdf/extraction-pool'
import { importPdfs } from '../../src/main/services/library/import'

const DPI = 200

async function makeScanned(source: string, pages: number, out: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'tc-bench-scan-'))
  try {
    execFileSync('pdftoppm', ['-f', '1', '-l', String(pages), '-r', String(DPI), '-jpeg', source, join(dir, 'p')])
    const images = (await readdir(dir)).filter((f) => f.endsWith('.jpg')).sort()
    type ImageSize = { width: number; height: number }
    const doc = new PDFDocument({ autoFirstPage: false, info: { Title: 'Scanned handbook (bench)' } })
    const done = new Promise<void>((resolve, reject) => {
      const stream = doc.pipe(createWriteStream(out))
      stream.on('finish', resolve)
      stream.on('error', reject)
    })
    for (const image of images) {
      // pdfkit's openImage exists at run time but not in @types/pdfkit 0.17
      const opened = (doc as unknown as { openImage(src: string): PDFKit.Mixins.ImageSrc & ImageSize }).openImage(
        join(dir, image),
      )
      const width = (opened.width * 72) / DPI
      const height = (opened.height * 72) / DPI
      doc.addPage({ size: [width, height], margin: 0 })
      doc.image(opened, 0, 0, { width, height })
    }
    doc.end()
    await done
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Makes the scanned PDF beside the data folder and imports it there; its resource id and path. */
export async function addScannedPdf(dataDir: string, workerPath: string, source: string) {
  const pdf = join(dataDir, '..', `${dataDir.split('/').at(-1)}-scanned.pdf`)
  await makeScanned(source, 6, pdf)
  const paths = dataPaths(dataDir)
  const { store } = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
  const pool = createExtractionPool({ workerPath })
  try {
    const [outcome] = await importPdfs(
      { store, paths, pool, clock: { now: () => new Date().toISOString() }, maxBytes: 1 << 30 },
      [{ path: pdf }],
      'bench-scanned',
    )
    const id = outcome && 'resourceId' in outcome ? outcome.resourceId : undefined
    if (!id) throw new Error(`the scanned PDF was not imported: ${JSON.stringify(outcome)}`)
    await store.idle()
    return { id, pdf }
  } finally {
    await pool.close()
  }
}
