import { createWriteStream } from 'node:fs'
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { finished } from 'node:stream/promises'
import PDFDocument from 'pdfkit'
import { join } from 'node:path'
import { Memory } from 'lowdb'
import { createCanvas, loadImage } from '@napi-rs/canvas'
import { describe, expect, it } from 'vitest'
import { createStore, type Store } from '../../store/store'
import { dataPaths, type DataPaths } from '../../paths'
import { projectRoot, withTempDir } from '../../testing/temp-dir'
import { makeNotPdf, makeScannedPdf, makeTextPdf, makeTruncatedPdf } from '../../testing/pdf-fixtures'
import { pdfPath, previewPath, sha256File } from '../library/content-store'
import { PICTURE_WIDTH, startFirstPagePictures, type FirstPagePicturesOptions } from './first-page-pictures'
import { readPagePreview } from './page-preview'
import { startPictureThread } from '../pdf/picture-thread'
import { SMALL_PICTURE_WIDTH } from '@shared/page-preview'

const workerPath = join(projectRoot, 'out', 'main', 'picture-worker.js')

async function addDocument(store: Store, paths: DataPaths, id: string, source: string): Promise<string> {
  const sha = await sha256File(source)
  await copyFile(source, pdfPath(paths, sha))
  await store.update((d) => {
    const base = { createdAt: 'x', updatedAt: 'x', kind: 'handbook' as const, authors: [], publisher: '', year: 2016 }
    const rest = { language: 'en', region: '', tags: [], summary: '', licence: '', citation: '', obtainFrom: '' }
    const file = { sha256: sha, originalName: `${id}.pdf`, bytes: 1000, pages: 1, outline: [], hasText: true }
    d.resources.push({ id, title: id, ...base, ...rest, file, source: 'import' } as never)
  })
  return sha
}

async function library(dir: string) {
  const paths = dataPaths(join(dir, 'data'))
  for (const folder of [paths.files, paths.previews]) await mkdir(folder, { recursive: true })
  return { paths, store: createStore(new Memory()) }
}

/** the pictures on a thread of their own, both ended by `close` */
function start(o: Pick<FirstPagePicturesOptions, 'store' | 'paths'> & Partial<FirstPagePicturesOptions>) {
  const thread = startPictureThread({ workerPath })
  const pictures = startFirstPagePictures({ thread, busy: () => false, delayMs: 0, ...o })
  return {
    idle: () => pictures.idle(),
    close: async () => {
      await thread.close()
      await pictures.close()
    },
  }
}

/** the picture's pixel at (x, y) as a fraction of its size: [r, g, b] */
async function pixel(image: string, x: number, y: number) {
  const picture = await loadImage(Buffer.from(image.slice(image.indexOf(',') + 1), 'base64'))
  const canvas = createCanvas(picture.width, picture.height)
  const context = canvas.getContext('2d')
  context.drawImage(picture, 0, 0)
  const data = context.getImageData(Math.round(x * picture.width), Math.round(y * picture.height), 1, 1).data
  return { rgb: [data[0], data[1], data[2]], width: picture.width }
}

describe('the picture of page 1 for documents never opened', () => {
  it('is drawn after the import at the page’s size, and the reader is given it', async () => {
    await withTempDir(async (dir) => {
      const { paths, store } = await library(dir)
      // a letter page with a grey rectangle from (50, 50) to (450, 650) points
      await addDocument(store, paths, 'scan', await makeScannedPdf(dir, 'scan.pdf'))
      const pictures = start({ store, paths })
      await pictures.idle()
      await pictures.close()
      const preview = await readPagePreview(store, paths, 'scan')
      expect(preview).toMatchObject({ page: 1, width: 816, height: 1056, fit: { width: 816, height: 1056 } })
      const inside = await pixel(preview!.image, 250 / 612, 350 / 792)
      expect(inside.width).toBe(PICTURE_WIDTH)
      for (const channel of inside.rgb) expect(Math.abs(channel! - 0x88)).toBeLessThan(12)
      expect((await pixel(preview!.image, 550 / 612, 750 / 792)).rgb).toEqual([255, 255, 255])
      // a laptop's window is given the smaller copy, the same page at the same place
      const narrow = await readPagePreview(store, paths, 'scan', { windowWidth: 1280 })
      expect(narrow).toMatchObject({ page: 1, width: 816, height: 1056 })
      const small = await pixel(narrow!.image, 250 / 612, 350 / 792)
      expect(small.width).toBe(SMALL_PICTURE_WIDTH)
      for (const channel of small.rgb) expect(Math.abs(channel! - 0x88)).toBeLessThan(12)
      expect((await pixel(narrow!.image, 550 / 612, 750 / 792)).rgb).toEqual([255, 255, 255])
      expect(
        (await pixel((await readPagePreview(store, paths, 'scan', { windowWidth: 2560 }))!.image, 0, 0)).width,
      ).toBe(PICTURE_WIDTH)
    })
  })

  it('never replaces the picture the reader kept of the page left', async () => {
    await withTempDir(async (dir) => {
      const { paths, store } = await library(dir)
      const sha = await addDocument(store, paths, 'manual', await makeTextPdf(dir, 'm.pdf', ['One', 'Two', 'Three']))
      const kept = JSON.stringify({ page: 3, width: 816, height: 1056, fit: { width: 816, height: 1056 }, image: 'x' })
      await writeFile(previewPath(paths, sha), kept)
      const pictures = start({ store, paths })
      await pictures.idle()
      await pictures.close()
      expect(await readFile(previewPath(paths, sha), 'utf8')).toBe(kept)
    })
  })

  it('leaves a damaged file without a picture and still draws the others', async () => {
    await withTempDir(async (dir) => {
      const { paths, store } = await library(dir)
      const good = await makeTextPdf(dir, 'good.pdf', ['Field guide'])
      await addDocument(store, paths, 'truncated', await makeTruncatedPdf(dir, 'cut.pdf', good))
      await addDocument(store, paths, 'text', await makeNotPdf(dir, 'notes.pdf'))
      const sha = await addDocument(store, paths, 'good', good)
      const pictures = start({ store, paths })
      await pictures.idle()
      await pictures.close()
      const [cut, notPdf] = [await sha256File(join(dir, 'cut.pdf')), await sha256File(join(dir, 'notes.pdf'))]
      expect((await readdir(paths.previews)).sort()).toEqual(
        [`${sha}.json`, `${cut}.drawing`, `${notPdf}.drawing`].sort(),
      )
      expect(await readPagePreview(store, paths, 'truncated')).toBeNull()

      // a file that failed (or took the app down while it was drawn) is not tried again at the next start
      await copyFile(good, pdfPath(paths, cut))
      const again = start({ store, paths })
      await again.idle()
      await again.close()
      expect(await readPagePreview(store, paths, 'truncated')).toBeNull()
    })
  })

  it('draws a page of any shape within twice its width in height (a tall page narrower), and answers idle again and again', async () => {
    await withTempDir(async (dir) => {
      const { paths, store } = await library(dir)
      const path = join(dir, 'ribbon.pdf')
      const doc = new PDFDocument({ size: [10, 833] })
      const out = createWriteStream(path)
      doc.pipe(out)
      doc.rect(0, 0, 10, 833).fill('#888')
      doc.end()
      await finished(out)
      await addDocument(store, paths, 'ribbon', path)
      const pictures = start({ store, paths })
      await pictures.idle()
      await pictures.idle()
      await pictures.close()
      const preview = await readPagePreview(store, paths, 'ribbon')
      expect(preview).toMatchObject({ page: 1, width: 10 * (96 / 72), height: 833 * (96 / 72) })
      const picture = await loadImage(Buffer.from(preview!.image.slice(preview!.image.indexOf(',') + 1), 'base64'))
      expect(picture.height).toBeLessThanOrEqual(2 * PICTURE_WIDTH)
      expect(picture.width).toBeLessThan(40)
    })
  })

  it('gives up on a file that takes too long, and its worker with it', async () => {
    await withTempDir(async (dir) => {
      const { paths, store } = await library(dir)
      await addDocument(store, paths, 'slow', await makeTextPdf(dir, 'slow.pdf', ['Slow']))
      const pictures = start({ store, paths, timeoutMs: 1 })
      await pictures.idle()
      await pictures.close()
      expect(await readdir(paths.previews)).toEqual([`${await sha256File(join(dir, 'slow.pdf'))}.drawing`])
    })
  })

  it('waits while the import extracts, and draws documents imported later', async () => {
    await withTempDir(async (dir) => {
      const { paths, store } = await library(dir)
      let importing = true
      const pictures = start({ store, paths, busy: () => importing, delayMs: 20 })
      const sha = await addDocument(store, paths, 'later', await makeScannedPdf(dir, 'later.pdf'))
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(await readdir(paths.previews)).toEqual([])
      importing = false
      await pictures.idle()
      await pictures.close()
      expect(await readdir(paths.previews)).toEqual([`${sha}.json`])
    })
  })
})
