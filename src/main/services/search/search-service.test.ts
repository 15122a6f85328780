import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { withTempDir, workerPath } from '../../testing/temp-dir'
import { makeTextPdf } from '../../testing/pdf-fixtures'
import { openStore } from '../../store/open-store'
import { dataPaths } from '../../paths'
import { createExtractionPool, type ExtractionPool } from '../pdf/extraction-pool'
import { importPdfs } from '../library/import'
import { deleteResource } from '../library/library'
import { SearchService } from './search-service'

let pool: ExtractionPool
beforeAll(() => {
  pool = createExtractionPool({ workerPath })
})
afterAll(() => pool.close())

const clock = { now: () => '2026-11-24T10:00:00.000Z' }
const marked = (parts: { text: string; match: boolean }[]) => parts.filter((p) => p.match).map((p) => p.text)

async function library(dir: string) {
  const paths = dataPaths(join(dir, 'data'))
  for (const d of [paths.files, paths.text, paths.backups, paths.index]) await mkdir(d, { recursive: true })
  const { store } = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
  const deps = { store, paths, pool, clock, maxBytes: 1 << 26 }
  const handbook = await makeTextPdf(
    dir,
    'handbook.pdf',
    [
      'Introduction to the curriculum.',
      'La sécurité humaine est centrée sur les personnes.',
      'Civil-military coordination in complex environments.',
      'The principle of do no harm guides every intervention.',
      'Do not harm the process; no shortcuts.',
    ],
    { title: 'Handbook on Human Security' },
  )
  const manual = await makeTextPdf(dir, 'msp.pdf', ['Multi-stakeholder processes and coordination mechanisms.'], {
    title: 'MSP Manual',
  })
  const outcomes = await importPdfs(deps, [{ path: handbook }, { path: manual }], 'b')
  const ids = outcomes.map((o) => (o.status === 'imported' ? o.resourceId : ''))
  return { store, paths, ids }
}

describe('search over the library', () => {
  it('finds pages accent- and case-insensitively, by prefix, and by exact phrase, with marked snippets', async () => {
    await withTempDir(async (dir) => {
      const { store, paths, ids } = await library(dir)
      const search = new SearchService(store, paths)
      await search.load()

      const accents = await search.query('SECURITE humaine')
      expect(accents.pages.map((p) => [p.resourceId, p.page])).toEqual([[ids[0], 2]])
      expect(marked(accents.pages[0]!.snippet)).toEqual(['sécurité', 'humaine'])

      const prefix = await search.query('coord')
      expect(prefix.pages.map((p) => p.page).sort()).toEqual([1, 3])
      expect(prefix.totalPages).toBe(2)

      const phrase = await search.query('"do no harm"')
      expect(phrase.pages.map((p) => p.page)).toEqual([4])

      const title = await search.query('handbook')
      expect(title.resources[0]).toMatchObject({ resourceId: ids[0], kind: 'resource' })

      const filtered = await search.query('coordination', { kinds: ['manual'] })
      expect(filtered.pages).toEqual([])
    })
  })

  it('updates incrementally on delete, persists, and loads without re-extracting', async () => {
    await withTempDir(async (dir) => {
      const { store, paths, ids } = await library(dir)
      const search = new SearchService(store, paths)
      expect(await search.load()).toMatchObject({ rebuilt: true })
      await deleteResource(store, clock, ids[1]!)
      await search.syncResource(ids[1]!)
      expect((await search.query('stakeholder')).pages).toEqual([])
      await search.save()

      const again = new SearchService(store, paths)
      expect(await again.load()).toMatchObject({ rebuilt: false, changed: 0 })
      expect((await again.query('civil military')).pages.map((p) => p.page)).toEqual([3])
    })
  })

  it('waits for the files being imported before it saves the index, then saves it', async () => {
    await withTempDir(async (dir) => {
      const { store, paths, ids } = await library(dir)
      const search = new SearchService(store, paths)
      await search.load()
      onTestFinished(() => search.close())
      const onDisk = () => readFile(join(paths.index, 'pages.index'))
      const before = await onDisk()
      search.addImportingPages('arriving', 'Still arriving', 1, ['A page of a file still being extracted.'])
      await deleteResource(store, clock, ids[1]!)
      await search.syncResource(ids[1]!)
      await new Promise((resolve) => setTimeout(resolve, 2500))
      expect((await onDisk()).equals(before)).toBe(true)

      search.endImporting('arriving')
      // saved 1.5 s after: waited for up to 20 s, a busy machine may be slow to write it
      for (let waited = 0; (await onDisk()).equals(before) && waited < 20_000; waited += 250)
        await new Promise((resolve) => setTimeout(resolve, 250))
      expect((await onDisk()).equals(before)).toBe(false)
      const again = new SearchService(store, paths)
      expect(await again.load()).toMatchObject({ rebuilt: false, changed: 0 })
      expect((await again.query('stakeholder')).pages).toEqual([])
    })
  })

  it('rebuilds from the stored page text when the index file is corrupt', async () => {
    await withTempDir(async (dir) => {
      const { store, paths } = await library(dir)
      await new SearchService(store, paths).load()
      await writeFile(join(paths.index, 'pages.index'), '{"version":1,"docs":[')
      const search = new SearchService(store, paths)
      expect(await search.load()).toMatchObject({ rebuilt: true })
      expect((await search.query('curriculum')).pages.map((p) => p.page)).toEqual([1])
    })
  })
})
