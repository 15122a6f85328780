import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { OutlineItemT } from '@shared/model'
import { withTempDir, workerPath } from '../../testing/temp-dir'
import { makeHostilePdf } from '../../testing/hostile-pdf'
import { openStore } from '../../store/open-store'
import { Data } from '../../store/schema'
import { dataPaths } from '../../paths'
import { createExtractionPool, type ExtractionPool } from '../pdf/extraction-pool'
import { importPdfs } from './import'

let pool: ExtractionPool
beforeAll(() => {
  pool = createExtractionPool({ workerPath, stallMs: 10_000, size: 1 })
})
afterAll(() => pool.close())

// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffd]/

const flatten = (items: OutlineItemT[], depth = 1): { item: OutlineItemT; depth: number }[] =>
  items.flatMap((item) => [{ item, depth }, ...flatten(item.items, depth + 1)])

describe('a PDF whose outline and metadata are absurd', () => {
  it('imports into a record that fits the schema, and the library is whole at the next start', async () => {
    await withTempDir(async (dir) => {
      const paths = dataPaths(join(dir, 'data'))
      for (const d of [paths.files, paths.text, paths.backups]) await mkdir(d, { recursive: true })
      const { store } = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
      const deps = { store, paths, pool, clock: { now: () => '2026-11-24T10:00:00.000Z' }, maxBytes: 5 << 20 }
      const [outcome] = await importPdfs(deps, [{ path: await makeHostilePdf(dir, 'hostile.pdf') }], 'b')
      expect(outcome).toMatchObject({ status: 'imported', pages: 2 })

      expect(Data.safeParse(store.read()).error).toBeUndefined()
      const [record] = store.read().resources
      const entries = flatten(record!.file!.outline)
      for (const { item } of entries) {
        expect(item.page === null || (item.page >= 1 && item.page <= 2), `${item.title}: ${item.page}`).toBe(true)
        expect(item.title.length).toBeLessThanOrEqual(300)
        expect(item.title).not.toMatch(controls)
      }
      expect(Math.max(...entries.map((e) => e.depth))).toBeLessThanOrEqual(8)
      expect(entries.slice(0, 7).map((e) => [e.item.title.slice(0, 24), e.item.page])).toEqual([
        ['Introduction', 1],
        ['Far away', null],
        ['Before the start', null],
        // PDFium reads a page number past any integer as 0 (page 1, as Chrome opens it): still a page of the document
        ['Beyond any number', 1],
        ['Not a number', null],
        ['Nowhere', null],
        ['Bell red evil long long ', 2],
      ])
      for (const value of [record!.title, ...record!.authors, record!.language, record!.file!.originalName]) {
        expect(value.length).toBeLessThanOrEqual(300)
        expect(value).not.toMatch(controls)
      }
      expect(record!.summary.length).toBeLessThanOrEqual(1000)
      expect(record!.summary).not.toMatch(controls)
      expect(record!.authors).toEqual([expect.stringMatching(/^Evil author author/)])
      expect(record).toMatchObject({ language: 'en', year: null })
      expect(record!.title).toMatch(/^Handbook of everything/)
      expect(record!.summary).toMatch(/^About subjects/)

      const again = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
      expect(again.notices).toEqual([])
      expect(again.store.read().resources.map((r) => r.id)).toEqual([record!.id])
    })
  })
})
