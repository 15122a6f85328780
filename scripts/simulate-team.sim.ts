/**
 * A training centre's team folder at scale (issue #21 item 4): 50 installations, 20,000
 * documents. Writes each installation's log with the app's own writer (a realistic mix:
 * documents added and edited, glossary terms, scenarios, methods), then measures with the
 * app's own reader and merge (readLines → takeIn → the bundle merge → the store's durable
 * write) a new installation catching up from nothing, and an existing one catching up
 * after a day's changes; files and bytes in the folder; memory. PDFs are counted, not
 * written: the documents are entered as link-only records so no PDF check runs, and
 * the PDF bytes are stated at an average size (see docs/SCALE.md for the import cost).
 * Run: npm run simulate:team (TEAM_SIM_INSTALLS, TEAM_SIM_DOCS, TEAM_SIM_PDF_MB to vary).
 */
import { it } from 'vitest'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TEAM_LOG_VERSION, type LogLine } from '@shared/team'
import type { BundleKind, BundleRecords } from '@shared/bundle'
import type { Resource } from '@shared/model'
import { dataPaths } from '../src/main/paths'
import { openStore } from '../src/main/store/open-store'
import type { Store } from '../src/main/store/store'
import { seedGlossary } from '../src/main/services/glossary/glossary'
import { seedScenarios } from '../src/main/services/scenarios/scenarios'
import { seedMethods } from '../src/main/services/methods/methods'
import { appendLines, readLines } from '../src/main/services/team/team-log'
import { takeIn } from '../src/main/services/team/take-in'
import type { ExtractionPool } from '../src/main/services/pdf/extraction-pool'
import { resourcesDir } from '../src/main/testing/temp-dir'

const INSTALLS = Number(process.env.TEAM_SIM_INSTALLS ?? 50)
const DOCS = Number(process.env.TEAM_SIM_DOCS ?? 20_000)
const PDF_MB = Number(process.env.TEAM_SIM_PDF_MB ?? 2.5)
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
const clock = { now: () => new Date().toISOString() }
const noPool = {} as ExtractionPool

async function newStore(dir: string): Promise<Store> {
  const paths = dataPaths(dir)
  await mkdir(paths.backups, { recursive: true })
  return (await openStore({ dbPath: paths.db, backupsDir: paths.backups })).store
}

type AnyRecord = BundleRecords[BundleKind][number]

/** Realistic records: the starter glossary, scenarios and methods, under new ids, edited. */
async function templates(dir: string) {
  const store = await newStore(dir)
  await seedGlossary(store, resourcesDir, clock)
  await seedScenarios(store, resourcesDir, clock)
  await seedMethods(store, resourcesDir, clock)
  const d = store.read()
  return { glossary: d.glossary, scenarios: d.scenarios, methods: d.methods }
}

function resource(id: string, n: number, at: string): Resource {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    kind: 'handbook',
    title: `Handbook ${n}: civil-military coordination in humanitarian settings, volume ${n % 7}`,
    authors: ['United Nations OCHA', `Author ${n}`],
    publisher: 'Training centre',
    year: 2000 + (n % 25),
    language: 'en',
    region: 'Global',
    tags: ['coordination', 'protection', `tag-${n % 50}`],
    summary: 'A handbook on coordination between humanitarian, military and police actors. '.repeat(3),
    licence: '',
    citation: '',
    obtainFrom: '',
    file: null,
    source: 'import',
  }
}

it('50 installations, 20,000 documents', async () => {
  const root = await mkdtemp(join(tmpdir(), 'tc-team-sim-'))
  const team = join(root, 'team')
  await mkdir(join(team, 'logs'), { recursive: true })
  const t = await templates(join(root, 'templates'))
  const installs = Array.from({ length: INSTALLS }, () => randomBytes(16).toString('hex'))
  const counts = { docs: 0, docEdits: 0, terms: 0, termEdits: 0, scenarios: 0, methods: 0 }
  let lamport = 0
  const at = () => clock.now()
  const line = (from: string, kind: BundleKind, record: AnyRecord): LogLine => ({
    v: TEAM_LOG_VERSION,
    kind,
    id: record.id,
    ts: { l: ++lamport, at: at() },
    from,
    record,
  })
  const started = performance.now()
  for (const [i, from] of installs.entries()) {
    const lines: LogLine[] = []
    const docs = Math.round(DOCS / INSTALLS)
    for (let n = 0; n < docs; n++) {
      const r = resource(`${from}-doc-${n}`, i * docs + n, at())
      lines.push(line(from, 'resources', r))
      counts.docs++
      if (n % 2 === 0) {
        lines.push(line(from, 'resources', { ...r, summary: r.summary + ' Edited.', updatedAt: at() }))
        counts.docEdits++
      }
    }
    for (let n = 0; n < 50; n++) {
      const g = t.glossary[n % t.glossary.length]!
      const term = { ...g, id: `${from}-term-${n}`, term: `${g.term} ${i}-${n}`, updatedAt: at() }
      lines.push(line(from, 'glossary', term))
      lines.push(line(from, 'glossary', { ...term, definition: term.definition + ' (revised)', updatedAt: at() }))
      counts.terms++
      counts.termEdits++
    }
    for (let n = 0; n < 10; n++) {
      const s = t.scenarios[n % t.scenarios.length]!
      lines.push(
        line(from, 'scenarios', { ...s, id: `${from}-scn-${n}`, title: `${s.title} ${i}-${n}`, updatedAt: at() }),
      )
      counts.scenarios++
    }
    for (let n = 0; n < 5; n++) {
      const m = t.methods[n % t.methods.length]!
      lines.push(line(from, 'methods', { ...m, id: `${from}-m-${n}`, name: `${m.name} ${i}-${n}`, updatedAt: at() }))
      counts.methods++
    }
    // appended the way the app does: a batch per sync (here about 20 syncs per installation)
    const path = join(team, 'logs', `${from}.jsonl`)
    for (let k = 0; k < lines.length; k += 50) await appendLines(path, lines.slice(k, k + 50))
  }
  const writeMs = performance.now() - started
  const logNames = await readdir(join(team, 'logs'))
  let logBytes = 0
  for (const n of logNames) logBytes += (await stat(join(team, 'logs', n))).size
  const lineCount = lamport

  let peak = 0
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
  const rssBefore = process.memoryUsage().rss
  const fresh = join(root, 'fresh')
  const store = await newStore(fresh)
  const deps = { store, paths: dataPaths(fresh), pool: noPool, clock, maxBytes: 1, folder: team }
  const places = new Map<string, { offset: number; lineCount: number }>()
  let readMs = 0
  let mergeMs = 0
  const catchUp = async (owners: string[]) => {
    let added = 0
    for (const owner of owners) {
      const r0 = performance.now()
      const read = await readLines(
        join(team, 'logs', `${owner}.jsonl`),
        owner,
        places.get(owner) ?? { offset: 0, lineCount: 0 },
      )
      places.set(owner, { offset: read.offset, lineCount: read.lineCount })
      const r1 = performance.now()
      const taken = await takeIn(deps, `${owner}.jsonl`, read.lines)
      readMs += r1 - r0
      mergeMs += performance.now() - r1
      added += taken.added + taken.updated
    }
    return added
  }
  const c0 = performance.now()
  const added = await catchUp(installs)
  const fromZeroMs = performance.now() - c0
  const fromZero = { readMs, mergeMs }
  clearInterval(sample)
  const dbBytes = (await stat(dataPaths(fresh).db)).size

  // a day later: 5 colleagues each added 20 documents, edited 20, and revised 10 terms
  for (const from of installs.slice(0, 5)) {
    const lines: LogLine[] = []
    for (let n = 0; n < 20; n++) lines.push(line(from, 'resources', resource(`${from}-new-${n}`, 90_000 + n, at())))
    for (let n = 0; n < 20; n++)
      lines.push(line(from, 'resources', { ...resource(`${from}-doc-${n * 3}`, n, at()), summary: 'Revised.' }))
    for (let n = 0; n < 10; n++) {
      const g = t.glossary[n]!
      lines.push(
        line(from, 'glossary', {
          ...g,
          id: `${from}-term-${n}`,
          term: `${g.term} ${n}`,
          definition: 'Revised again.',
          updatedAt: at(),
        }),
      )
    }
    await appendLines(join(team, 'logs', `${from}.jsonl`), lines)
  }
  readMs = 0
  mergeMs = 0
  const i0 = performance.now()
  const addedLater = await catchUp(installs)
  const incrementalMs = performance.now() - i0

  const pdfBytes = counts.docs * PDF_MB * 1024 * 1024
  const d = store.read()
  console.log(
    [
      `team folder simulation: ${INSTALLS} installations, ${counts.docs} documents`,
      `  mix: ${counts.docs} documents added, ${counts.docEdits} edited, ${counts.terms} glossary terms + ${counts.termEdits} revisions, ${counts.scenarios} scenarios, ${counts.methods} methods`,
      `  logs: ${logNames.length} files, ${lineCount} lines, ${mb(logBytes)} (${Math.round(logBytes / lineCount)} bytes a line); written in ${(writeMs / 1000).toFixed(1)} s`,
      `  PDFs (counted): ${counts.docs} files × ${PDF_MB} MB = ${(pdfBytes / 1024 ** 3).toFixed(1)} GB; folder total ${logNames.length + counts.docs} files, ${(
        (pdfBytes + logBytes) /
        1024 ** 3
      ).toFixed(1)} GB`,
      `  new installation from zero: ${(fromZeroMs / 1000).toFixed(1)} s (read+parse ${(fromZero.readMs / 1000).toFixed(1)} s, merge+write ${(fromZero.mergeMs / 1000).toFixed(1)} s), ${added} records taken; db.json ${mb(dbBytes)}`,
      `  library after: ${d.resources.length} resources, ${d.glossary.length} terms, ${d.scenarios.length} scenarios, ${d.methods.length} methods`,
      `  memory: RSS ${mb(rssBefore)} before, peak ${mb(peak)} during the catch-up`,
      `  incremental (5 colleagues, a day: 200 lines): ${(incrementalMs / 1000).toFixed(2)} s (read ${(readMs / 1000).toFixed(2)} s, merge+write ${(mergeMs / 1000).toFixed(2)} s), ${addedLater} records taken`,
    ].join('\n'),
  )
  await rm(root, { recursive: true, force: true })
})
