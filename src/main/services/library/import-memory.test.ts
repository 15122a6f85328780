import { describe, expect, it } from 'vitest'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { withTempDir, workerPath } from '../../testing/temp-dir'
import { makeLargePdf } from '../../testing/large-pdf'
import { openStore } from '../../store/open-store'
import { dataPaths } from '../../paths'
import { createExtractionPool } from '../pdf/extraction-pool'
import { importPdfs } from './import'
import { DEFAULT_MAX_BYTES } from './pdf-checks'

const PEAK_LIMIT_MB = 650
/** Past 300 pages the worker reopens the document, holding the file a second time if it is careless. */
const longer = Array.from({ length: 320 }, (_, i) => `Alpha page ${i + 1}`)

/** Worker threads live in this process, so its RSS counts them and every buffer outside the heap. */
function sampleRss(everyMs = 50) {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), everyMs)
  return () => {
    clearInterval(timer)
    return Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20)
  }
}

describe('importing files at the size cap', () => {
  it(`keeps the whole process under ${PEAK_LIMIT_MB} MB with two at once`, async () => {
    await withTempDir(async (dir) => {
      const paths = dataPaths(join(dir, 'data'))
      for (const d of [paths.files, paths.text, paths.backups]) await mkdir(d, { recursive: true })
      const { store } = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
      const sources = [
        { path: await makeLargePdf(dir, 'scanned-a.pdf', DEFAULT_MAX_BYTES, longer) },
        { path: await makeLargePdf(dir, 'scanned-b.pdf', DEFAULT_MAX_BYTES, ['Beta one', 'Beta two']) },
      ]
      const pool = createExtractionPool({ workerPath, size: 2 })
      const clock = { now: () => '2026-11-24T10:00:00.000Z' }
      const before = Math.round(process.memoryUsage().rss / 2 ** 20)
      const peak = sampleRss()
      try {
        const deps = { store, paths, pool, clock, maxBytes: DEFAULT_MAX_BYTES }
        const outcomes = await importPdfs(deps, sources, 'cap')
        expect(outcomes.map((o) => [o.status, 'pages' in o ? o.pages : o])).toEqual([
          ['imported', longer.length],
          ['imported', 2],
        ])
      } finally {
        await pool.close()
        const peakMb = peak()
        console.log(
          `RSS before ${before} MB, peak ${peakMb} MB while importing two files of ${DEFAULT_MAX_BYTES >> 20} MB`,
        )
        expect(peakMb).toBeLessThan(PEAK_LIMIT_MB)
      }
    })
  }, 180_000)
})
