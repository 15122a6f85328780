/**
 * One import wired the way the app's handler wires it: pages searchable as they are
 * extracted, each file's record adopting them as it lands. Used in a process of its own
 * (import-child.ts) for the import rows, and in the bench process for first-hit and fsync.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore } from '../../src/main/store/open-store'
import { dataPaths } from '../../src/main/paths'
import { createExtractionPool } from '../../src/main/services/pdf/extraction-pool'
import { importPdfs, type ImportDeps } from '../../src/main/services/library/import'
import { SearchService } from '../../src/main/services/search/search-service'
import { timed } from './stats'

export async function emptyLibrary() {
  const dir = await mkdtemp(join(tmpdir(), 'tc-bench-'))
  const paths = dataPaths(dir)
  for (const d of [paths.files, paths.text, paths.index, paths.backups]) await mkdir(d, { recursive: true })
  const { store } = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
  const search = new SearchService(store, paths)
  await search.load()
  return { dir, paths, store, search }
}

type Library = Awaited<ReturnType<typeof emptyLibrary>>

export const importDeps = (lib: Library, pool: ImportDeps['pool'], onPages?: ImportDeps['onPages']): ImportDeps => ({
  store: lib.store,
  paths: lib.paths,
  pool,
  clock: { now: () => new Date().toISOString() },
  maxBytes: 1 << 30,
  onPages: (id, title, from, texts) => {
    lib.search.addImportingPages(id, title, from, texts)
    onPages?.(id, title, from, texts)
  },
  onFileEnd: lib.search.fileImported.bind(lib.search),
})

export interface ImportRun {
  ms: number
  pages: number
  /** RSS of the process just before the import started */
  beforeMb: number
  /** the main thread's own heap at its highest during the import */
  mainHeapMb: number
  dir: string
}

/** Imports `files` into a new library, index saved; the library is removed unless `keep`. */
export async function importOnce(files: string[], workerPath: string, keep: boolean): Promise<ImportRun> {
  const lib = await emptyLibrary()
  const pool = createExtractionPool({ workerPath })
  const beforeMb = process.memoryUsage.rss() / 1e6
  let mainHeap = 0
  const heapTimer = setInterval(() => (mainHeap = Math.max(mainHeap, process.memoryUsage().heapUsed)), 25)
  const run = await timed(async () => {
    await importPdfs(
      importDeps(lib, pool),
      files.map((path) => ({ path })),
      'bench',
    )
    await lib.search.save()
  })
  clearInterval(heapTimer)
  await pool.close()
  const pages = lib.store.read().resources.reduce((n, r) => n + (r.file?.pages ?? 0), 0)
  await lib.search.close()
  if (!keep) await rm(lib.dir, { recursive: true, force: true })
  return { ms: run.ms, beforeMb, mainHeapMb: mainHeap / 1e6, pages, dir: lib.dir }
}
