/**
 * Search latency at 1×, 5× and 25× the corpus (by repeating every document), with
 * snippets, plus index build, size on disk, load time and heap. MiniSearch (the other
 * in-memory candidate) and SQLite FTS5 (the on-disk one, for where ours stops scaling)
 * are measured on the same pages and queries in the same run.
 */
import { mkdir, mkdtemp, readFile, readdir, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import MiniSearch from 'minisearch'
import { Memory } from 'lowdb'
import { createStore } from '../../src/main/store/store'
import { emptyData } from '../../src/main/store/schema'
import { dataPaths } from '../../src/main/paths'
import { SearchService } from '../../src/main/services/search/search-service'
import { fold } from '../../src/main/services/search/text'
import { emptyResourceDetails, type Resource } from '../../src/shared/model'
import { quantile, median, seeded } from './stats'
import { benchFts5, type Fts5Figures } from './fts5-peer'

export interface SearchFigures {
  scale: number
  pages: number
  buildMs: number
  diskMb: number
  loadMs: number
  heapMb: number
  median: number
  p95: number
  miniBuildMs: number
  miniP95: number
  /** null where node:sqlite is missing */
  fts5: Fts5Figures | null
}

export function makeQueries(texts: string[][], count: number): string[] {
  const rnd = seeded(42)
  const words = texts
    .flat()
    .join(' ')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4 && w.length <= 14)
  const queries: string[] = []
  while (queries.length < count) {
    const page = texts[Math.floor(rnd() * texts.length)]!
    const text = page[Math.floor(rnd() * page.length)] ?? ''
    const ws = text.split(/[^\p{L}]+/u).filter((w) => w.length >= 4)
    const n = 1 + Math.floor(rnd() * 3)
    const start = Math.floor(rnd() * Math.max(1, ws.length - n))
    const picked = ws.length >= n ? ws.slice(start, start + n) : [words[Math.floor(rnd() * words.length)]!]
    queries.push(picked.join(' '))
  }
  return queries
}

async function loadTexts(dataDir: string): Promise<Map<string, string[]>> {
  const texts = new Map<string, string[]>()
  for (const name of await readdir(join(dataDir, 'text'))) {
    const data = JSON.parse(await readFile(join(dataDir, 'text', name), 'utf8')) as { sha256: string; pages: string[] }
    texts.set(data.sha256, data.pages)
  }
  return texts
}

function resourcesFor(texts: Map<string, string[]>, scale: number): Resource[] {
  const out: Resource[] = []
  for (let copy = 0; copy < scale; copy++) {
    for (const [sha, pages] of texts) {
      out.push({
        ...emptyResourceDetails(),
        id: `${sha.slice(0, 12)}-${copy}`,
        createdAt: '',
        updatedAt: '',
        kind: 'manual',
        title: `Document ${sha.slice(0, 6)} copy ${copy}`,
        language: 'en',
        source: 'import',
        file: { sha256: sha, bytes: 0, pages: pages.length, originalName: '', outline: [], hasText: true },
      })
    }
  }
  return out
}

async function latency(run: (q: string) => Promise<unknown> | unknown, queries: string[]) {
  for (const q of queries.slice(0, 20)) await run(q)
  const times: number[] = []
  for (const q of queries) {
    const t = performance.now()
    await run(q)
    times.push(performance.now() - t)
  }
  return times
}

function miniSearch(texts: Map<string, string[]>, scale: number, queries: string[]) {
  const t = performance.now()
  const mini = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    processTerm: (term) => fold(term),
    searchOptions: { prefix: (_t, i, terms) => i === terms.length - 1, combineWith: 'AND' },
  })
  let id = 0
  for (let copy = 0; copy < scale; copy++)
    for (const pages of texts.values()) for (const text of pages) mini.add({ id: id++, text })
  const buildMs = performance.now() - t
  const times: number[] = []
  for (const q of queries) {
    const s = performance.now()
    mini.search(q).slice(0, 50)
    times.push(performance.now() - s)
  }
  return { buildMs, p95: quantile(times, 0.95) }
}

export async function benchSearch(dataDir: string, scale: number, queries: string[]): Promise<SearchFigures> {
  const texts = await loadTexts(dataDir)
  const root = await mkdtemp(join(tmpdir(), 'tc-bench-search-'))
  const paths = { ...dataPaths(dataDir), index: join(root, 'index') }
  await mkdir(paths.index, { recursive: true })
  const data = { ...emptyData(), resources: resourcesFor(texts, scale) }
  const store = createStore(new Memory(), data)
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined)
  gc()
  // the postings live in ArrayBuffers, outside the heap proper: both are counted
  const used = () => process.memoryUsage().heapUsed + process.memoryUsage().external
  const heapBefore = used()
  const build = new SearchService(store, paths)
  const t = performance.now()
  await build.load()
  const buildMs = performance.now() - t
  const diskMb = (await stat(join(paths.index, 'pages.index'))).size / 1e6
  const loader = new SearchService(store, paths)
  const loaded = await loader.load()
  await loader.warm()
  gc()
  const heapMb = (used() - heapBefore) / 1e6
  const times = await latency((q) => loader.query(q), queries)
  if (process.env.TC_BENCH_SLOW) {
    const slow = queries.map((q, i) => [times[i]!, q] as const).sort((a, b) => b[0] - a[0])
    console.log(
      `  slowest at ${scale}×:`,
      slow
        .slice(0, 8)
        .map(([t, q]) => `${t.toFixed(1)}ms "${q}"`)
        .join(', '),
    )
  }
  const mini = miniSearch(texts, scale, queries)
  const fts5 = await benchFts5(texts, scale, queries)
  const pages = data.resources.reduce((n, r) => n + (r.file?.pages ?? 0), 0)
  return {
    scale,
    pages,
    buildMs,
    diskMb,
    loadMs: loaded.loadedMs,
    heapMb,
    median: median(times),
    p95: quantile(times, 0.95),
    miniBuildMs: mini.buildMs,
    miniP95: mini.p95,
    fts5,
  }
}
