/**
 * Import throughput: our extraction (parallel workers) plus indexing, against poppler's
 * pdftotext on the same files in the same run. Each of our runs is a fresh process
 * (import-child.ts): its peak RSS is the whole import's — main thread and extraction
 * workers — as the app's own process would have it.
 */
import { execFileSync, execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { join } from 'node:path'
import { rm } from 'node:fs/promises'
import { createExtractionPool } from '../../src/main/services/pdf/extraction-pool'
import { importPdfs } from '../../src/main/services/library/import'
import { emptyLibrary, importDeps, type ImportRun } from './import-run'
import { median, timed } from './stats'

export interface ImportFigures {
  pages: number
  oursMs: number
  popplerMs: number
  peakMb: number
  /** RSS of the importing process just before the import started */
  beforeMb: number
  /** the main thread's own heap at its highest during the import */
  mainHeapMb: number
  dataDir: string
}

async function importInChild(files: string[], workerPath: string, keep: boolean) {
  const child = join(workerPath, '..', 'bench-import.js')
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [child, workerPath, keep ? 'keep' : 'drop', ...files],
    { maxBuffer: 1 << 20 },
  )
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as ImportRun & { peakMb: number }
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
  let last: Awaited<ReturnType<typeof importInChild>> | undefined
  for (let i = 0; i < runs; i++) {
    const keep = i === runs - 1
    const r = await importInChild(files, workerPath, keep)
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
