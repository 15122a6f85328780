/**
 * `npm run bench [-- CORPUS_DIR] [--runs N]`: measures the app against its peers
 * in one run and prints one table with medians, ratios and the targets the
 * project is held to (issue #5). Not a test: it never fails the build.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { benchFirstHit, benchImport, type ImportFigures } from './import-bench'
import { largeCorpus, rareWordOn, smallCorpus } from './corpora'
import { benchDurability } from './durability-bench'
import { benchSearch, makeQueries } from './search-bench'
import { fts5Rows } from './fts5-rows'
import { addScannedPdf } from './scanned-pdf'
import { median, quantile } from './stats'
import { benchBrowser, pdftoppmAvailable, serverScript } from './browser-bench'
import { fmt, fmtFigure, printTable, type Row } from './table'
import { bundleRows } from './bundle-rows'
import { benchStartup } from './startup-bench'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const args = process.argv.slice(2)
const runsAt = args.indexOf('--runs')
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3
const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined)
const only = new Set((valueOf('--only') ?? 'import,search,reader,bundle,startup').split(','))
const reuse = valueOf('--data')
/** the first screen is timed over at least this many fresh visits, whatever `--runs` says */
const STARTUP_VISITS = 5
const corpus = resolve(
  args.find((a, i) => !a.startsWith('--') && !['--runs', '--only', '--data', '--scales'].includes(args[i - 1] ?? '')) ??
    join(root, '..', 'shared', 'corpus', 'good'),
)

if (!existsSync(corpus)) {
  console.error(`No corpus at ${corpus}. Pass a folder of PDFs: npm run bench -- /path/to/pdfs`)
  process.exit(1)
}
const files = readdirSync(corpus)
  .filter((f) => f.toLowerCase().endsWith('.pdf'))
  .map((f) => join(corpus, f))
const workerPath = join(root, 'out', 'main', 'extract-worker.js')
const rows: Row[] = []
const ratioRow = (
  area: string,
  figure: string,
  ours: number,
  peer: number,
  unit: string,
  max: number,
  peerName: string,
) =>
  rows.push({
    area,
    figure,
    ours: `${fmt(ours)} ${unit}`,
    peer: `${fmt(peer)} ${unit} (${peerName})`,
    ratio: `${fmt(ours / peer, 2)}×`,
    target: Number.isFinite(max) ? `≤ ${max}×` : '—',
    ok: Number.isFinite(max) ? ours / peer <= max : null,
  })
const limitRow = (area: string, figure: string, ours: number, unit: string, max: number, peer = '—') =>
  rows.push({
    area,
    figure,
    ours: `${fmtFigure(ours)} ${unit}`,
    peer,
    ratio: '—',
    target: `< ${max} ${unit}`,
    ok: ours < max,
  })
const infoRow = (area: string, figure: string, ours: number, unit: string) =>
  rows.push({ area, figure, ours: `${fmtFigure(ours)} ${unit}`, peer: '—', ratio: '—', target: '—', ok: null })

console.log(`Benchmark on ${files.length} PDFs in ${corpus}, ${runs} runs, ${cpus().length} cores`)
// start-up alone needs no corpus: the server seeds a fresh data folder with the starter content
const startupOnly = [...only].every((area) => area === 'startup')
const noImport = { pages: 0, oursMs: NaN, popplerMs: NaN, peakMb: NaN, beforeMb: NaN, mainHeapMb: NaN }
const imp = startupOnly
  ? { ...noImport, dataDir: reuse ?? mkdtempSync(join(tmpdir(), 'tc-bench-')) }
  : reuse && !only.has('import')
    ? { ...noImport, dataDir: reuse }
    : await benchImport(files, workerPath, runs, 'shared corpus')
console.log(`Data folder with the imported corpus: ${imp.dataDir} (reuse it with --data DIR --only search,reader)`)
/** Import at or below pdftotext's time, under 500 MB, on each corpus (issue #20). */
const importRows = (name: string, f: ImportFigures) => {
  ratioRow(
    'import',
    `${name}: ${f.pages} pages, extraction + indexing (wall)`,
    f.oursMs / 1000,
    f.popplerMs / 1000,
    's',
    1,
    'pdftotext',
  )
  rows.push({
    area: 'import',
    figure: `${name}: throughput`,
    ours: `${fmt((f.pages / f.oursMs) * 1000, 0)} pages/s`,
    peer: `${fmt((f.pages / f.popplerMs) * 1000, 0)} pages/s`,
    ratio: '—',
    target: '—',
    ok: null,
  })
  limitRow('import', `${name}: peak memory (RSS, whole process)`, f.peakMb, 'MB', 500)
  infoRow(
    'import',
    `${name}: RSS before the import / main heap at most`,
    Math.round(f.beforeMb),
    `MB / ${fmt(f.mainHeapMb, 0)} MB`,
  )
}
if (only.has('import')) {
  importRows('shared corpus', imp)
  const large = await largeCorpus(files)
  if (large) {
    importRows('one large PDF', await benchImport(large, workerPath, runs, 'large'))
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [large[0]!]).toString())?.[1])
    const late = Math.floor(pages * 0.9)
    const word = rareWordOn(large[0]!, late)
    const hit = await benchFirstHit(large[0]!, word, late, workerPath)
    console.log(
      `  first hit on "${word}" (p. ${late} or later of ${pages}): ${fmt(hit.hitMs, 0)} ms of ${fmt(hit.totalMs, 0)} ms`,
    )
    rows.push({
      area: 'import',
      figure: `${pages}-page import: first search hit on a late page (p. ≥ ${late})`,
      ours: Number.isNaN(hit.hitMs) ? 'only at the end' : `${fmt(hit.hitMs / 1000, 1)} s`,
      peer: `${fmt(hit.totalMs / 1000, 1)} s (whole import)`,
      ratio: Number.isNaN(hit.hitMs) ? '—' : `${fmt(hit.hitMs / hit.totalMs, 2)}×`,
      target: 'before the end',
      ok: hit.hitMs < hit.totalMs,
    })
  } else console.log('pdfunite not found (apt-get install poppler-utils): the one-large-PDF corpus is skipped')
  const small = await smallCorpus(files)
  if (small) {
    importRows(`${small.length} small PDFs`, await benchImport(small, workerPath, runs, 'small'))
    const d = await benchDurability(small.slice(0, 50), workerPath, Math.max(2, runs))
    ratioRow(
      'durability',
      'run-mode note, acknowledged: fsync on vs off',
      d.noteOn,
      d.noteOff,
      'ms',
      Infinity,
      'no fsync',
    )
    ratioRow(
      'durability',
      `import of ${d.files} small PDFs: fsync on vs off`,
      d.importOn / 1000,
      d.importOff / 1000,
      's',
      Infinity,
      'no fsync',
    )
  } else console.log('pdfseparate not found (apt-get install poppler-utils): the many-small-PDFs corpus is skipped')
}

const texts = () =>
  readdirSync(join(imp.dataDir, 'text')).map(
    (f) => JSON.parse(readFileSync(join(imp.dataDir, 'text', f), 'utf8')).pages as string[],
  )
const queries = only.has('search') ? makeQueries(texts(), 200) : []
/** Issue #5 set the 1× and 5× targets; issue #20 asks for 25× (about 100,000 pages). */
const searchTargets: Record<number, { p95?: number; loadMs: number; diskMb: number; heapMb?: number }> = {
  1: { loadMs: 300, diskMb: 1.5 },
  5: { p95: 5, loadMs: 300, diskMb: 1.5 },
  25: { p95: 10, loadMs: 1000, diskMb: 1.2, heapMb: 400 },
}
const scales = (valueOf('--scales') ?? '1,5,25').split(',').map(Number)
for (const scale of only.has('search') ? scales : []) {
  const s = await benchSearch(imp.dataDir, scale, queries)
  const target = searchTargets[scale] ?? { loadMs: 1000, diskMb: 1.2 }
  const label = `${scale}× (${s.pages} pages)`
  rows.push({
    area: 'search',
    figure: `${label} median / p95, with snippets`,
    ours: `${fmt(s.median, 2)} / ${fmt(s.p95, 2)} ms`,
    peer: `p95 ${fmt(s.miniP95, 2)} ms (MiniSearch)`,
    ratio: `${fmt(s.p95 / s.miniP95, 2)}×`,
    target: target.p95 ? `p95 < ${target.p95} ms` : '—',
    ok: target.p95 ? s.p95 < target.p95 : null,
  })
  rows.push({
    area: 'search',
    figure: `${label} index build`,
    ours: `${fmt(s.buildMs, 0)} ms`,
    peer: `${fmt(s.miniBuildMs, 0)} ms (MiniSearch)`,
    ratio: `${fmt(s.buildMs / s.miniBuildMs, 2)}×`,
    target: '—',
    ok: null,
  })
  limitRow('search', `${label} index load at start-up`, s.loadMs, 'ms', target.loadMs)
  limitRow('search', `${label} index on disk per 1,000 pages`, (s.diskMb / s.pages) * 1000, 'MB', target.diskMb)
  if (target.heapMb) limitRow('search', `${label} memory after load (heap + buffers)`, s.heapMb, 'MB', target.heapMb)
  else infoRow('search', `${label} memory after load (heap + buffers)`, s.heapMb, 'MB')
  if (s.fts5) rows.push(...fts5Rows(label, s.fts5, s.pages))
}

if (!only.has('reader')) {
  // reader and start-up figures not asked for
} else if (pdftoppmAvailable()) {
  const db = JSON.parse(readFileSync(join(imp.dataDir, 'db.json'), 'utf8')) as {
    resources: { id: string; source: string; file: { pages: number; originalName: string } | null }[]
  }
  // corpus documents only: a reused data folder also holds the scanned PDF an earlier run added
  const withFiles = db.resources
    .filter((r) => r.file && r.source !== 'starter' && files.some((f) => f.endsWith(`/${r.file!.originalName}`)))
    .sort((a, b) => b.file!.pages - a.file!.pages)
  const largest = withFiles[0]!
  const smallest = withFiles.at(-1)!
  const b = await benchBrowser({
    serverJs: serverScript(root),
    dataDir: imp.dataDir,
    resourceId: largest.id,
    warmupId: 'starter-quick-guide',
    pdfPath: files.find((f) => f.endsWith(largest.file!.originalName))!,
    pages: [1, 500],
    runs,
  })
  for (const r of b.reader) {
    ratioRow(
      'reader',
      `${largest.file!.originalName} p.${r.page}: first paint, warm worker`,
      r.warmMs,
      r.popplerMs,
      'ms',
      2,
      'pdftoppm',
    )
    // issue #5 asked < 500 ms; issue #20 asks < 300 ms of the largest manual
    if (r.page === 1) {
      const label = `${largest.file!.originalName} p.1: cold open, on screen (page 1's picture from the import)`
      limitRow('reader', label, r.coldShownMs, 'ms', 300)
      infoRow('reader', `${largest.file!.originalName} p.1: cold open, pdf.js's first paint`, r.coldMs, 'ms')
    } else {
      const label = `${largest.file!.originalName} p.${r.page}: first open, on screen (its picture drawn as it opens)`
      limitRow('reader', label, r.coldShownMs, 'ms', 300)
      infoRow('reader', `${largest.file!.originalName} p.${r.page}: first open, pdf.js's first paint`, r.coldMs, 'ms')
    }
    limitRow(
      'reader',
      `${largest.file!.originalName} p.${r.page}: back at the page left, on screen (its picture)`,
      r.reopenMs,
      'ms',
      300,
    )
    infoRow('reader', `${largest.file!.originalName} p.${r.page}: new tab straight into the reader`, r.deepLinkMs, 'ms')
  }
  limitRow('reader', 'jump to a far page in an open document, on screen, median', b.jumpMs, 'ms', 100)
  limitRow('reader', `jump to a far page, on screen, p95 of ${b.jumps.length}`, quantile(b.jumps, 0.95), 'ms', 80)
  infoRow('reader', `jump to a far page, pdf.js's paint (text selectable), median`, median(b.jumpPaints), 'ms')
  const small = await benchBrowser({
    serverJs: serverScript(root),
    dataDir: imp.dataDir,
    resourceId: smallest.id,
    warmupId: 'starter-quick-guide',
    pdfPath: files.find((f) => f.endsWith(smallest.file!.originalName))!,
    pages: [1],
    runs,
    jumps: false,
  })
  for (const r of small.reader) {
    ratioRow(
      'reader',
      `${smallest.file!.originalName} p.${r.page}: first paint, warm worker`,
      r.warmMs,
      r.popplerMs,
      'ms',
      2,
      'pdftoppm',
    )
    // issue #5's 500 ms for the largest manual, held here for the smallest file too (not one of issue #20's targets)
    limitRow(
      'reader',
      `${smallest.file!.originalName} p.${r.page}: first paint, cold open (#5's target)`,
      r.coldMs,
      'ms',
      500,
    )
    infoRow('reader', `${smallest.file!.originalName} p.${r.page}: cold open, on screen`, r.coldShownMs, 'ms')
    infoRow('reader', `${smallest.file!.originalName} p.${r.page}: back at the page left, on screen`, r.reopenMs, 'ms')
  }
  const scanned = await addScannedPdf(
    imp.dataDir,
    workerPath,
    files.find((f) => f.endsWith(smallest.file!.originalName))!,
  )
  const image = await benchBrowser({
    serverJs: serverScript(root),
    dataDir: imp.dataDir,
    resourceId: scanned.id,
    warmupId: 'starter-quick-guide',
    pdfPath: scanned.pdf,
    pages: [1],
    runs,
    jumps: false,
  })
  for (const r of image.reader) {
    ratioRow(
      'reader',
      'scanned (image-only) page, 200 dpi: first paint, warm worker',
      r.warmMs,
      r.popplerMs,
      'ms',
      2,
      'pdftoppm',
    )
    infoRow('reader', 'scanned (image-only) page, 200 dpi: first paint, cold open', r.coldMs, 'ms')
    infoRow('reader', 'scanned (image-only) page: cold open, on screen', r.coldShownMs, 'ms')
    infoRow('reader', 'scanned (image-only) page: back at the page left, on screen', r.reopenMs, 'ms')
  }
} else {
  console.log('pdftoppm not found (apt-get install poppler-utils): reader figures skipped')
}

if (only.has('startup')) {
  const s = await benchStartup({
    serverJs: serverScript(root),
    rendererDir: join(root, 'out', 'renderer'),
    dataDir: imp.dataDir,
    // a first visit's paint spreads over 290–430 ms on two cores: three visits made the median a coin toss
    runs: Math.max(runs, STARTUP_VISITS),
  })
  limitRow('start-up', 'browser-mode server ready', s.serverReadyMs, 'ms', 3000)
  limitRow('start-up', 'first screen (h1 painted) in Chromium, empty cache', s.firstScreenMs, 'ms', 400)
  infoRow('start-up', "first screen live (the app's own render in place)", s.liveMs, 'ms')
  limitRow('start-up', `first screen JS, gzip (${s.jsFiles} files)`, s.jsGzipBytes / 1000, 'kB', 600)
  infoRow('start-up', 'first screen JS, raw (Chromium decoded size)', s.jsRawBytes / 1000, 'kB')
  infoRow('start-up', 'reload: first screen again', s.reloadMs, 'ms')
  infoRow('start-up', 'reload: asset bytes over the wire', s.reloadWireBytes / 1000, 'kB')
}

if (only.has('bundle')) rows.push(...(await bundleRows(imp.dataDir, workerPath, runs)))

const table = printTable(rows)
console.log(`\n${table}\n`)
mkdirSync(join(root, 'test-results'), { recursive: true })
writeFileSync(join(root, 'test-results', 'bench.md'), `${new Date().toISOString()}\n\n${table}\n`)
