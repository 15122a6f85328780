import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { openStore } from '../../store/open-store'
import { dataPaths } from '../../paths'
import { resourcesDir, withTempDir, workerPath } from '../../testing/temp-dir'
import { createExtractionPool, type ExtractionPool } from '../pdf/extraction-pool'
import { readText } from './content-store'
import { importPdfs } from './import'
import { readStarterLibrary, seedStarterLibrary, starterPdfSources, starterRecord } from './starter'

let pool: ExtractionPool
beforeAll(() => {
  pool = createExtractionPool({ workerPath })
})
afterAll(() => pool.close())

const clock = { now: () => '2026-12-01T10:00:00.000Z' }
const documents = ['starter-principles', 'starter-contextualisation', 'starter-background-note-template']

describe('the starter documents', () => {
  it('ship a PDF each, attached to the records of a data folder that has them as records only', async () => {
    await withTempDir(async (dir) => {
      const paths = dataPaths(join(dir, 'data'))
      for (const d of [paths.files, paths.text, paths.backups, paths.index]) await mkdir(d, { recursive: true })
      const { store } = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
      const entries = await readStarterLibrary(resourcesDir)
      // a data folder from before: the starter library loaded, its documents records without a file
      await store.update((data) => {
        data.resources.push(...entries.map((e) => starterRecord(e, clock)))
        data.starterLoaded = true
      })
      expect(await seedStarterLibrary(store, entries, clock)).toBe(0)
      const sources = starterPdfSources(store, entries, resourcesDir)
      expect(sources.map((s) => s.attachTo)).toEqual(expect.arrayContaining([...documents, 'starter-quick-guide']))
      for (const s of sources) expect(existsSync(s.path), s.path).toBe(true)

      await importPdfs({ store, paths, pool, clock, maxBytes: 1 << 26 }, sources, 'starter')
      const records = documents.map((id) => store.read().resources.find((r) => r.id === id)!)
      for (const r of records) {
        expect(r.file?.pages, r.id).toBeGreaterThanOrEqual(1)
        expect(r.source).toBe('starter')
      }
      const principles = await readText(paths, records[0]!.file!.sha256)
      expect(principles?.pages.join(' ')).toContain('Freedom from want')
      const template = await readText(paths, records[2]!.file!.sha256)
      expect(template?.pages.join(' ')).toContain('Local cases')
      expect(starterPdfSources(store, entries, resourcesDir)).toEqual([])
    })
  })
})
