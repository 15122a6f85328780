import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { withTempDir, workerPath } from '../../testing/temp-dir'
import { makeTextPdf } from '../../testing/pdf-fixtures'
import { openStore } from '../../store/open-store'
import { dataPaths } from '../../paths'
import { createExtractionPool, type ExtractionPool } from '../pdf/extraction-pool'
import { SearchService } from '../search/search-service'
import type { SearchHit } from '@shared/search-types'
import { importPdfs } from './import'

let pool: ExtractionPool
beforeAll(() => {
  pool = createExtractionPool({ workerPath, size: 2 })
})
afterAll(() => pool.close())

const clock = { now: () => '2026-12-01T10:00:00.000Z' }

async function emptyLibrary(dir: string) {
  const paths = dataPaths(join(dir, 'data'))
  for (const d of [paths.files, paths.text, paths.backups, paths.index]) await mkdir(d, { recursive: true })
  const { store } = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
  const search = new SearchService(store, paths)
  await search.load()
  return { paths, store, search }
}

describe('a document being imported', () => {
  it('is searchable page by page as it is extracted, under the id its record gets, then as the pages of its record', async () => {
    await withTempDir(async (dir) => {
      const { paths, store, search } = await emptyLibrary(dir)
      const texts = Array.from({ length: 400 }, (_, i) => `Field manual page ${i + 1}.`)
      texts[389] = 'The quokka protocol for late arrivals.'
      const pdf = await makeTextPdf(dir, 'field manual.pdf', texts)

      let finished = false
      const seen: { hit: SearchHit; stored: boolean }[] = []
      const outcomes = await importPdfs(
        {
          store,
          paths,
          pool,
          clock,
          maxBytes: 1 << 26,
          onPages: (id, title, from, pages) => {
            search.addImportingPages(id, title, from, pages)
            void search.query('quokka').then((r) => {
              if (!finished && r.pages[0]) seen.push({ hit: r.pages[0], stored: store.read().resources.length > 0 })
            })
          },
          onFileEnd: search.fileImported.bind(search),
        },
        [{ path: pdf }],
        'b',
      )
      finished = true
      const [outcome] = outcomes
      expect(outcome?.status).toBe('imported')
      const id = outcome?.status === 'imported' ? outcome.resourceId : ''

      expect(seen.length).toBeGreaterThan(0)
      expect(seen[0]).toMatchObject({
        stored: false,
        hit: { resourceId: id, page: 390, title: 'field manual.pdf', importing: true },
      })
      const after = await search.query('quokka')
      expect(after.pages).toHaveLength(1)
      expect(after.pages[0]).toMatchObject({ resourceId: id, page: 390 })
      expect(after.pages[0]!.importing).toBeUndefined()
      await search.close()
    })
  }, 60_000)

  it('leaves nothing searchable from a file whose import failed after its pages were read', async () => {
    await withTempDir(async (dir) => {
      const { paths, store, search } = await emptyLibrary(dir)
      const pdf = await makeTextPdf(dir, 'big.pdf', ['The wombat chapter.', 'More.'])
      // the page text cannot be stored: the import fails once the pages are extracted
      await rm(paths.text, { recursive: true })
      await writeFile(paths.text, 'not a folder')
      let extracted = 0
      const [outcome] = await importPdfs(
        {
          store,
          paths,
          pool,
          clock,
          maxBytes: 1 << 26,
          onPages: (id, title, from, pages) => {
            search.addImportingPages(id, title, from, pages)
            extracted += pages.length
          },
          onFileEnd: search.fileImported.bind(search),
        },
        [{ path: pdf }],
        'b',
      )
      expect(outcome?.status).toBe('failed')
      expect(extracted).toBe(2)
      expect((await search.query('wombat')).pages).toEqual([])
      await search.close()
    })
  }, 60_000)

  it('holds the index back while files are read, and saves it once the last one is in', async () => {
    await withTempDir(async (dir) => {
      const { paths, search } = await emptyLibrary(dir)
      const saved = () =>
        stat(join(paths.index, 'pages.index')).then(
          (s) => s.mtimeMs,
          () => null,
        )
      const before = await saved()
      search.addImportingPages('r-a', 'a.pdf', 1, ['The quokka chapter.'])
      await search.syncResource('another-record') // a change that asks for a save
      await new Promise((r) => setTimeout(r, 2500))
      expect(await saved()).toBe(before)
      search.endImporting('r-a')
      await expect.poll(saved, { timeout: 5000 }).not.toBe(before)
      await search.close()
    })
  }, 20_000)

  it('is not in an index saved mid-import: after a restart only what the library holds is found', async () => {
    await withTempDir(async (dir) => {
      const { paths, store, search } = await emptyLibrary(dir)
      search.addImportingPages('r-half', 'half.pdf', 1, ['The narwhal annex.', 'Roster.'])
      expect((await search.query('narwhal')).pages[0]).toMatchObject({ resourceId: 'r-half', page: 1, importing: true })
      await search.save()

      const restarted = new SearchService(store, paths)
      await restarted.load()
      expect((await restarted.query('narwhal')).pages).toEqual([])
      await restarted.save()
      const again = new SearchService(store, paths)
      await again.load()
      expect((await again.query('narwhal')).totalPages).toBe(0)
      await Promise.all([search.close(), restarted.close(), again.close()])
    })
  })
})
