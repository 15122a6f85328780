/**
 * Import throughput: our extraction (parallel workers) plus indexing, against
 * poppler's pdftotext on the same files in the same run.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore } from '../../src/main/store/open-store'
import { dataPaths } from '../../src/main/paths'
import { createExtractionPool } from '../../src/main/services/pdf/extraction-pool'
import { importPdfs } from '../../src/main/services/library/import'
import { SearchService } from '../../src/main/services/search/search-service'
import { median, peakRss, timed } from './stats'

export interface ImportFigures {
  pages: number
  oursMs: number
  popplerMs: number
  peakMb: number
  dataDir: string
}

async function importOnce(files: string[], workerPath: string, keep: boolean) {
  const dir = await mkdtemp(join(tmpdir(), 'tc-bench-'))
  const paths = dataPaths(dir)
  for (const d of [paths.files, paths.text, paths.index, paths.backups]) await mkdir(d, { recursive: true })
  const { store } = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
  const pool = createExtractionPool({ workerPath })
  const search = new SearchService(store, paths)
  await search.load()
  const run = await peakRss(() =>
    timed(async () => {
      const outcomes = await importPdfs(
        { store, paths, pool, clock: { now: () => new Date().toISOString() }, maxBytes: 1 << 30 },
        files.map((path) => ({ path })),
        'bench',
      )
      for (const o of outcomes) if (o.status === 'imported') await search.syncResource(o.resourceId)
      await search.save()
      return outcomes
    }),
  )
  await pool.close()
  const pages = store.read().resources.reduce((n, r) => n + (r.file?.pages ?? 0), 0)
  if (!keep) await rm(dir, { recursive: true, force: true })
  return { ms: run.value.ms, peakMb: run.peakMb, pages, dir }
}

export async function benchImport(files: string[], workerPath: string, runs: number): Promise<ImportFigures> {
  const ours: number[] = []
  const poppler: number[] = []
  const peaks: number[] = []
  let pages = 0
  let dataDir = ''
  for (let i = 0; i < runs; i++) {
    const last = i === runs - 1
    const r = await importOnce(files, workerPath, last)
    ours.push(r.ms)
    peaks.push(r.peakMb)
    pages = r.pages
    if (last) dataDir = r.dir
    const p = await timed(async () => {
      for (const f of files) execFileSync('pdftotext', ['-q', f, '/dev/null'])
    })
    poppler.push(p.ms)
    console.log(
      `  import run ${i + 1}: ours ${(r.ms / 1000).toFixed(1)} s (peak ${r.peakMb.toFixed(0)} MB), pdftotext ${(p.ms / 1000).toFixed(1)} s`,
    )
  }
  return { pages, oursMs: median(ours), popplerMs: median(poppler), peakMb: Math.max(...peaks), dataDir }
}
