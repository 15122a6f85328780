/**
 * Import throughput: our extraction (parallel workers) plus indexing, against
 * poppler's pdftotext on the same files in the same run. The import is wired the way
 * the app's handler wires it: pages searchable as they are extracted, each file indexed
 * from its stored text as soon as it is in.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore } from '../../src/main/store/open-store'
import { dataPaths } from '../../src/main/paths'
import { createExtractionPool } from '../../src/main/services/pdf/extraction-pool'
import { importPdfs, type ImportDeps } from '../../src/main/services/library/import'
import { SearchService } from '../../src/main/services/search/search-service'
import { median, peakRss, timed } from './stats'

export interface ImportFigures {
  pages: number
  oursMs: number
  popplerMs: number
  peakMb: number
  /** RSS of the bench process just before the import started */
  beforeMb: number
  /** the main thread's own heap at its highest during the import */
  mainHeapMb: number
  dataDir: string
}

async function emptyLibrary() {
  const dir = await mkdtemp(join(tmpdir(), 'tc-bench-'))
  const paths = dataPaths(dir)
  for (const d of [paths.files, paths.text, paths.index, paths.backups]) await mkdir(d, { recursive: true })
  const { store } = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
  const search = new SearchService(store, paths)
  await search.load()
  return { dir, paths, store, search }
}

type Library = Awaited<ReturnType<typeof emptyLibrary>>

const importDeps = (lib: Library, pool: ImportDeps['pool'], onPages?: ImportDeps['onPages']): ImportDeps => ({
  store: lib.store,
  paths: lib.paths,
  pool,
  clock: { now: () => new Date().toISOString() },
  maxBytes: 1 << 30,
  onPages: (id, title, from, texts) => {
    lib.search.addImportingPages(id, title, from, texts)
    onPages?.(id, title, from, texts)
  },
  onFileEnd: async (id, o) => {
    if (o.status === 'imported') await lib.search.syncResource(o.resourceId)
    lib.search.endImporting(id)
  },
})

async function importOnce(files: string[], workerPath: string, keep: boolean) {
  const lib = await emptyLibrary()
  const pool = createExtractionPool({ workerPath })
  ;(globalThis as { gc?: () => void }).gc?.()
  const beforeMb = process.memoryUsage.rss() / 1e6
  let mainHeap = 0
  const heapTimer = setInterval(() => (mainHeap = Math.max(mainHeap, process.memoryUsage().heapUsed)), 25)
  const run = await peakRss(() =>
    timed(async () => {
      const outcomes = await importPdfs(
        importDeps(lib, pool),
        files.map((path) => ({ path })),
        'bench',
      )
      await lib.search.save()
      return outcomes
    }),
  )
  clearInterval(heapTimer)
  await pool.close()
  const pages = lib.store.read().resources.reduce((n, r) => n + (r.file?.pages ?? 0), 0)
  await lib.search.close()
  if (!keep) await rm(lib.dir, { recursive: true, force: true })
  return { ms: run.value.ms, peakMb: run.peakMb, beforeMb, mainHeapMb: mainHeap / 1e6, pages, dir: lib.dir }
}

export async function benchImport(
  files: string[],
  workerPath: string,
  runs: number,
  label = 'import',
): Promise<ImportFigures> {
  const ours: number[] = []
  const poppler: number[] = []
  const peaks: number[] = []
  let last: Awaited<ReturnType<typeof importOnce>> | undefined
  for (let i = 0; i < runs; i++) {
    const keep = i === runs - 1
    const r = await importOnce(files, workerPath, keep)
    ours.push(r.ms)
    peaks.push(r.peakMb)
    last = r
    const p = await timed(async () => {
      for (const f of files) execFileSync('pdftotext', ['-q', f, '/dev/null'])
    })
    poppler.push(p.ms)
    console.log(
      `  ${label} run ${i + 1}: ours ${(r.ms / 1000).toFixed(1)} s (peak ${r.peakMb.toFixed(0)} MB, ` +
        `${r.beforeMb.toFixed(0)} MB before, main heap at most ${r.mainHeapMb.toFixed(0)} MB), ` +
        `pdftotext ${(p.ms / 1000).toFixed(1)} s`,
    )
  }
  return {
    pages: last!.pages,
    oursMs: median(ours),
    popplerMs: median(poppler),
    peakMb: Math.max(...peaks),
    beforeMb: last!.beforeMb,
    mainHeapMb: last!.mainHeapMb,
    dataDir: last!.dir,
  }
}

/** From the start of one file's import to the first search hit on `word` at page `page` or later. */
export async function benchFirstHit(file: string, word: string, page: number, workerPath: string) {
  const lib = await emptyLibrary()
  const pool = createExtractionPool({ workerPath })
  const start = performance.now()
  let hitMs = NaN
  const look = () =>
    void lib.search.query(word).then((r) => {
      if (Number.isNaN(hitMs) && r.pages.some((h) => (h.page ?? 0) >= page)) hitMs = performance.now() - start
    })
  await importPdfs(importDeps(lib, pool, look), [{ path: file }], 'bench')
  const totalMs = performance.now() - start
  await pool.close()
  await lib.search.close()
  await rm(lib.dir, { recursive: true, force: true })
  return { hitMs, totalMs }
}

export { emptyLibrary, importDeps }
