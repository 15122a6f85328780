import { createWriteStream } from 'node:fs'
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import PDFDocument from 'pdfkit'
import { Memory } from 'lowdb'
import { createCanvas, loadImage } from '@napi-rs/canvas'
import { describe, expect, it } from 'vitest'
import { createStore } from '../../store/store'
import { dataPaths } from '../../paths'
import { projectRoot, withTempDir } from '../../testing/temp-dir'
import { makeTruncatedPdf } from '../../testing/pdf-fixtures'
import { systemClock } from '../clock'
import { pdfPath, previewPath, sha256File } from '../library/content-store'
import { startPictureThread } from '../pdf/picture-thread'
import { readPagePreview } from './page-preview'
import { setReadingState } from './reading-state'
import { SMALL_PICTURE_WIDTH } from '@shared/page-preview'
import { PICTURE_WIDTH } from './first-page-pictures'
import { warmUpPage } from './opening-picture'

const workerPath = join(projectRoot, 'out', 'main', 'picture-worker.js')
/** the app answers "no picture" after 1 s; a cold thread on a busy test machine may need longer, and "none" must mean none */
const GENEROUS_MS = 30_000
const CSS = 96 / 72

/**
 * Three pages: a letter page, a letter page, and an A5 page turned sideways (595 × 420 points)
 * with a grey block from (100, 100) to (300, 250) points — each page at its own place and size.
 */
async function makeManual(dir: string): Promise<string> {
  const path = join(dir, 'manual.pdf')
  const doc = new PDFDocument({ autoFirstPage: false })
  const out = createWriteStream(path)
  doc.pipe(out)
  doc.addPage({ size: 'LETTER' }).text('Contents')
  doc.addPage({ size: 'LETTER' }).rect(50, 50, 100, 100).fill('#000')
  doc
    .addPage({ size: [595, 420] })
    .rect(100, 100, 200, 150)
    .fill('#888')
  doc.end()
  await finished(out)
  return path
}

async function library(dir: string, source: string) {
  const paths = dataPaths(join(dir, 'data'))
  for (const folder of [paths.files, paths.previews]) await mkdir(folder, { recursive: true })
  const store = createStore(new Memory())
  const sha = await sha256File(source)
  await copyFile(source, pdfPath(paths, sha))
  await store.update((d) => {
    const base = { createdAt: 'x', updatedAt: 'x', kind: 'handbook' as const, authors: [], publisher: '', year: 2016 }
    const rest = { language: 'en', region: '', tags: [], summary: '', licence: '', citation: '', obtainFrom: '' }
    const file = { sha256: sha, originalName: 'manual.pdf', bytes: 1000, pages: 3, outline: [], hasText: true }
    d.resources.push({ id: 'manual', title: 'Manual', ...base, ...rest, file, source: 'import' } as never)
  })
  return { paths, store, sha }
}

async function picture(image: string) {
  const loaded = await loadImage(Buffer.from(image.slice(image.indexOf(',') + 1), 'base64'))
  const canvas = createCanvas(loaded.width, loaded.height)
  const context = canvas.getContext('2d')
  context.drawImage(loaded, 0, 0)
  return {
    width: loaded.width,
    /** [r, g, b] at (x, y) given as fractions of the picture's size */
    at: (x: number, y: number) => [
      ...context.getImageData(Math.round(x * loaded.width), Math.round(y * loaded.height), 1, 1).data.slice(0, 3),
    ],
  }
}

const near = (rgb: number[], value: number) => rgb.every((c) => Math.abs(c - value) < 16)

describe('the picture of the page a document opens at, when none is kept', () => {
  it('is drawn there and then: that page, at its own size, fitted as page 1 is', async () => {
    await withTempDir(async (dir) => {
      const { paths, store } = await library(dir, await makeManual(dir))
      const thread = startPictureThread({ workerPath })
      try {
        const preview = await readPagePreview(
          store,
          paths,
          'manual',
          { page: 3, windowWidth: 1280 },
          thread,
          GENEROUS_MS,
        )
        expect(preview).toMatchObject({
          page: 3,
          width: 595 * CSS,
          height: 420 * CSS,
          fit: { width: 612 * CSS, height: 792 * CSS },
        })
        expect(preview!.image).toMatch(/^data:image\/jpeg;base64,/)
        const drawn = await picture(preview!.image)
        expect(drawn.width).toBe(SMALL_PICTURE_WIDTH)
        expect(near(drawn.at(200 / 595, 175 / 420), 0x88)).toBe(true)
        expect(near(drawn.at(450 / 595, 350 / 420), 255)).toBe(true)
        // a wide window is given the larger picture
        const wide = await readPagePreview(store, paths, 'manual', { page: 3, windowWidth: 2560 }, thread, GENEROUS_MS)
        expect((await picture(wide!.image)).width).toBe(PICTURE_WIDTH)
        // nothing is kept: the reader keeps its own picture of the page it is left at
        expect(await readdir(paths.previews)).toEqual([])
      } finally {
        await thread.close()
      }
    })
  })

  it('is fitted as pdf.js fits page 1, with its /Rotate', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'turned.pdf')
      const doc = new PDFDocument({ autoFirstPage: false })
      const out = createWriteStream(path)
      doc.pipe(out)
      doc.addPage({ size: 'LETTER' }).text('Turned title page')
      ;(doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.Rotate = 90
      doc.addPage({ size: 'A5' }).text('Page 2')
      doc.end()
      await finished(out)
      const { paths, store } = await library(dir, path)
      const thread = startPictureThread({ workerPath })
      try {
        const preview = await readPagePreview(store, paths, 'manual', { page: 2 }, thread, GENEROUS_MS)
        expect(preview).toMatchObject({ page: 2, fit: { width: 792 * CSS, height: 612 * CSS } })
      } finally {
        await thread.close()
      }
    })
  })

  it('is of the page the facilitator left when no page is asked, and the kept picture where it is of that page', async () => {
    await withTempDir(async (dir) => {
      const { paths, store, sha } = await library(dir, await makeManual(dir))
      const thread = startPictureThread({ workerPath })
      try {
        await setReadingState(store, systemClock, { resourceId: 'manual', page: 2, zoom: 'page-width' })
        const left = await readPagePreview(store, paths, 'manual', {}, thread, GENEROUS_MS)
        expect(left).toMatchObject({ page: 2, width: 612 * CSS })
        expect(near((await picture(left!.image)).at(100 / 612, 100 / 792), 0)).toBe(true)

        const webp = 'data:image/webp;base64,' + Buffer.from('RIFF\x20\x00\x00\x00WEBPVP8L picture').toString('base64')
        const kept = { page: 2, width: 816, height: 1056, fit: { width: 816, height: 1056 }, image: webp }
        await writeFile(previewPath(paths, sha), JSON.stringify(kept))
        expect(await readPagePreview(store, paths, 'manual', {}, thread, GENEROUS_MS)).toEqual(kept)
        // a kept picture of another page is no picture of page 3: page 3 is drawn
        expect(await readPagePreview(store, paths, 'manual', { page: 3 }, thread, GENEROUS_MS)).toMatchObject({
          page: 3,
        })
        // a page the document does not have: the kept picture, as before (the reader shows it only for its page)
        expect(await readPagePreview(store, paths, 'manual', { page: 4 }, thread, GENEROUS_MS)).toEqual(kept)
        // and without a thread (a host that gave none) nothing is drawn
        expect(await readPagePreview(store, paths, 'manual', { page: 3 })).toEqual(kept)
      } finally {
        await thread.close()
      }
    })
  })

  it('warms the thread on the page the facilitator left last', async () => {
    await withTempDir(async (dir) => {
      const { paths, store, sha } = await library(dir, await makeManual(dir))
      expect(warmUpPage(store, paths)).toBeNull()
      await store.update((d) => {
        const other = { ...d.resources[0]!, id: 'other', file: { ...d.resources[0]!.file!, sha256: 'b'.repeat(64) } }
        d.resources.push(other)
        d.readingStates.push({ resourceId: 'other', page: 3, zoom: 'auto', updatedAt: '2026-12-01T10:00:00.000Z' })
        d.readingStates.push({ resourceId: 'manual', page: 2, zoom: 'auto', updatedAt: '2026-12-02T10:00:00.000Z' })
      })
      expect(warmUpPage(store, paths)).toMatchObject({ path: pdfPath(paths, sha), page: 2 })
    })
  })

  it('is none for a damaged file, and the next document is drawn as before', async () => {
    await withTempDir(async (dir) => {
      const good = await makeManual(dir)
      const { paths, store } = await library(dir, await makeTruncatedPdf(dir, 'cut.pdf', good))
      const thread = startPictureThread({ workerPath })
      try {
        expect(await readPagePreview(store, paths, 'manual', { page: 3 }, thread, GENEROUS_MS)).toBeNull()
        const other = await library(join(dir, 'other'), good)
        expect(
          await readPagePreview(other.store, other.paths, 'manual', { page: 3 }, thread, GENEROUS_MS),
        ).toMatchObject({
          page: 3,
        })
      } finally {
        await thread.close()
      }
    })
  })
})
