/**
 * Bundles (issue #17): exporting the imported corpus as one bundle and importing it into
 * an empty data folder (every entry verified, every new PDF through the import's checks,
 * which extract its text again), time and peak memory, beside Debian's `zip` and `unzip`
 * on the same files in the same run. Re-importing the same bundle (nothing new) shows
 * what verifying alone costs. Without zip/unzip the peer is skipped, and said so.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { shareEverything, type BundleSelection } from '../../src/shared/bundle'
import { openStore } from '../../src/main/store/open-store'
import { dataPaths, type DataPaths } from '../../src/main/paths'
import { createExtractionPool } from '../../src/main/services/pdf/extraction-pool'
import { BundleJobs, type BundleDeps } from '../../src/main/services/bundle/bundles'
import { median, peakRss, timed } from './stats'

export interface BundleFigures {
  pages: number
  zipMb: number
  exportMs: number
  exportPeakMb: number
  /** the peak less the process's resident memory just before (what the work itself added) */
  exportRiseMb: number
  importMs: number
  importPeakMb: number
  importRiseMb: number
  reimportMs: number
  zipMs: number | null
  zipPeakMb: number | null
  unzipMs: number | null
  unzipPeakMb: number | null
  peerNote: string
}

const onPath = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0

/** A peer command's wall time and, through GNU time where it is installed, its peak RSS. */
function runPeer(cmd: string, args: string[], cwd: string): { ms: number; peakMb: number | null } {
  const gnuTime = existsSync('/usr/bin/time')
  const start = performance.now()
  const out = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd, encoding: 'utf8' })
    : spawnSync(cmd, args, { cwd, encoding: 'utf8' })
  const ms = performance.now() - start
  if (out.status !== 0) throw new Error(`${cmd} failed: ${out.stderr}`)
  const kb = gnuTime ? Number(/(\d+)\s*$/.exec(out.stderr.trim())?.[1]) : NaN
  return { ms, peakMb: Number.isFinite(kb) ? (kb * 1024) / 1e6 : null }
}

async function library(
  dir: string,
  workerPath: string,
): Promise<BundleDeps & { paths: DataPaths; close(): Promise<void> }> {
  const paths = dataPaths(dir)
  for (const d of [paths.files, paths.text, paths.index, paths.backups]) await mkdir(d, { recursive: true })
  const { store } = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
  const pool = createExtractionPool({ workerPath })
  const deps = {
    store,
    paths,
    pool,
    clock: { now: () => new Date().toISOString() },
    maxBytes: 1 << 30,
    version: 'bench',
  }
  return { ...deps, close: () => pool.close() }
}

async function exportOnce(source: string, workerPath: string, target: string) {
  const from = await library(source, workerPath)
  const selection: BundleSelection = { ...shareEverything, glossary: false, templates: false, annotations: false }
  const jobs = new BundleJobs()
  const before = process.memoryUsage.rss() / 1e6
  const run = await peakRss(() => timed(() => jobs.export(from, selection, 'bench-export', target)))
  await from.close()
  return { ms: run.value.ms, peakMb: run.peakMb, riseMb: run.peakMb - before }
}

async function importOnce(zip: string, workerPath: string) {
  const dir = await mkdtemp(join(tmpdir(), 'tc-bench-bundle-'))
  const into = await library(dir, workerPath)
  const jobs = new BundleJobs()
  const once = () =>
    timed(async () => {
      const preview = await jobs.preview(into, zip, 'corpus.zip', 'bench-import')
      return jobs.apply(into, preview.previewId, {})
    })
  const before = process.memoryUsage.rss() / 1e6
  const run = await peakRss(once)
  const again = await once()
  await into.close()
  await rm(dir, { recursive: true, force: true })
  return { ms: run.value.ms, peakMb: run.peakMb, riseMb: run.peakMb - before, reimportMs: again.ms }
}

export async function benchBundle(
  dataDir: string,
  workerPath: string,
  runs: number,
  pages: number,
): Promise<BundleFigures> {
  const work = await mkdtemp(join(tmpdir(), 'tc-bench-zip-'))
  const zip = join(work, 'corpus.zip')
  const hasPeer = onPath('zip') && onPath('unzip')
  const peerNote = hasPeer ? '' : 'zip/unzip not installed (apt-get install zip unzip): peer skipped'
  const f = {
    exp: [] as number[],
    expPeak: [] as number[],
    expRise: [] as number[],
    imp: [] as number[],
    impPeak: [] as number[],
    impRise: [] as number[],
    re: [] as number[],
  }
  const p = { zip: [] as number[], zipPeak: [] as number[], unzip: [] as number[], unzipPeak: [] as number[] }
  for (let i = 0; i < runs; i++) {
    await rm(zip, { force: true })
    const e = await exportOnce(dataDir, workerPath, zip)
    const m = await importOnce(zip, workerPath)
    f.exp.push(e.ms)
    f.expPeak.push(e.peakMb)
    f.expRise.push(e.riseMb)
    f.imp.push(m.ms)
    f.impPeak.push(m.peakMb)
    f.impRise.push(m.riseMb)
    f.re.push(m.reimportMs)
    let peerLine = peerNote
    if (hasPeer) {
      const peerZip = join(work, 'peer.zip')
      await rm(peerZip, { force: true })
      // the same files, PDFs stored (as ours are: they are compressed already), text deflated
      const z = runPeer('zip', ['-q', '-r', '-n', '.pdf', peerZip, 'files', 'text'], dataDir)
      const out = join(work, `unzipped-${i}`)
      const u = runPeer('unzip', ['-q', peerZip, '-d', out], work)
      await rm(out, { recursive: true, force: true })
      p.zip.push(z.ms)
      p.unzip.push(u.ms)
      if (z.peakMb !== null) p.zipPeak.push(z.peakMb)
      if (u.peakMb !== null) p.unzipPeak.push(u.peakMb)
      peerLine = `zip ${(z.ms / 1000).toFixed(2)} s, unzip ${(u.ms / 1000).toFixed(2)} s`
    }
    console.log(
      `  bundle run ${i + 1}: export ${(e.ms / 1000).toFixed(2)} s (peak ${e.peakMb.toFixed(0)} MB), import ${(m.ms / 1000).toFixed(1)} s (peak ${m.peakMb.toFixed(0)} MB), again ${(m.reimportMs / 1000).toFixed(2)} s; ${peerLine}`,
    )
  }
  const zipMb = (await stat(zip)).size / 1e6
  await rm(work, { recursive: true, force: true })
  const maybe = (xs: number[], pick: (xs: number[]) => number) => (xs.length ? pick(xs) : null)
  return {
    pages,
    zipMb,
    exportMs: median(f.exp),
    exportPeakMb: Math.max(...f.expPeak),
    exportRiseMb: Math.max(...f.expRise),
    importMs: median(f.imp),
    importPeakMb: Math.max(...f.impPeak),
    importRiseMb: Math.max(...f.impRise),
    reimportMs: median(f.re),
    zipMs: maybe(p.zip, median),
    zipPeakMb: maybe(p.zipPeak, (xs) => Math.max(...xs)),
    unzipMs: maybe(p.unzip, median),
    unzipPeakMb: maybe(p.unzipPeak, (xs) => Math.max(...xs)),
    peerNote,
  }
}
