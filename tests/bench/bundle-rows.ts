/** The bench table's bundle rows (issue #17): ours beside zip/unzip, or the peer skipped with the reason. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { benchBundle } from './bundle-bench'
import { fmt, type Row } from './table'

const s = (ms: number | null) => (ms === null ? 'n/a' : `${fmt(ms / 1000, 2)} s`)
const mb = (v: number | null) => (v === null ? 'n/a' : `${fmt(v, 0)} MB`)

export async function bundleRows(dataDir: string, workerPath: string, runs: number): Promise<Row[]> {
  const db = JSON.parse(readFileSync(join(dataDir, 'db.json'), 'utf8')) as {
    resources: { file: { pages: number } | null }[]
  }
  const pages = db.resources.reduce((n, r) => n + (r.file?.pages ?? 0), 0)
  const b = await benchBundle(dataDir, workerPath, runs, pages)
  if (b.peerNote) console.log(b.peerNote)
  const peer = (ms: number | null, name: string) =>
    ms === null ? `skipped: ${name} not installed` : `${s(ms)} (${name})`
  const ratio = (ours: number, theirs: number | null) => (theirs === null ? '—' : `${fmt(ours / theirs, 2)}×`)
  const row = (
    figure: string,
    ours: string,
    peerText: string,
    r: string,
    target = '—',
    ok: boolean | null = null,
  ): Row => ({
    area: 'bundle',
    figure,
    ours,
    peer: peerText,
    ratio: r,
    target,
    ok,
  })
  return [
    row(
      `export ${pages} pages to one .zip (${fmt(b.zipMb, 0)} MB), wall`,
      s(b.exportMs),
      peer(b.zipMs, 'zip'),
      ratio(b.exportMs, b.zipMs),
    ),
    row(
      'export peak memory (RSS)',
      mb(b.exportPeakMb),
      b.zipPeakMb === null ? '—' : `${mb(b.zipPeakMb)} (zip)`,
      '—',
      '< 650 MB',
      b.exportPeakMb < 650,
    ),
    row(
      'import into an empty library: verify + PDF checks (text extracted again) + write, wall',
      s(b.importMs),
      peer(b.unzipMs, 'unzip'),
      ratio(b.importMs, b.unzipMs),
    ),
    row(
      'import peak memory (RSS)',
      mb(b.importPeakMb),
      b.unzipPeakMb === null ? '—' : `${mb(b.unzipPeakMb)} (unzip)`,
      '—',
      '< 650 MB',
      b.importPeakMb < 650,
    ),
    row(
      'the same bundle again: unzip + verify every entry, nothing written',
      s(b.reimportMs),
      peer(b.unzipMs, 'unzip'),
      ratio(b.reimportMs, b.unzipMs),
    ),
  ]
}
