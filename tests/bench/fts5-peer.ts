/**
 * SQLite FTS5 (Node's own node:sqlite, on disk) on the same pages and queries: the
 * candidate for a library past what an in-memory index should hold (issue #20 item 4
 * asks where ours stops scaling). Measured, not shipped: the index lives in one file,
 * opening it reads nothing up front, and its page cache is outside the JS heap.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { quantile, median } from './stats'
import type * as Sqlite from 'node:sqlite'

export interface Fts5Figures {
  buildMs: number
  diskMb: number
  openMs: number
  median: number
  p95: number
  /** Resident memory added by opening the index and running the queries (SQLite's cache is not heap). */
  rssMb: number
}

async function loadSqlite(): Promise<typeof Sqlite | null> {
  try {
    return await import('node:sqlite')
  } catch {
    return null
  }
}

/** Our query shape in FTS5's syntax: every word required, the last one as a prefix. */
function match(query: string): string | null {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  if (!words.length) return null
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ')
}

export async function benchFts5(texts: Map<string, string[]>, scale: number, queries: string[]) {
  const sqlite = await loadSqlite()
  if (!sqlite) return null
  const dir = await mkdtemp(join(tmpdir(), 'tc-bench-fts5-'))
  const file = join(dir, 'pages.db')
  try {
    const started = performance.now()
    const db = new sqlite.DatabaseSync(file)
    db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF')
    db.exec(
      "CREATE VIRTUAL TABLE pages USING fts5(body, doc UNINDEXED, page UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')",
    )
    const insert = db.prepare('INSERT INTO pages (body, doc, page) VALUES (?, ?, ?)')
    db.exec('BEGIN')
    for (let copy = 0; copy < scale; copy++)
      for (const [sha, pages] of texts) pages.forEach((body, i) => insert.run(body, `${sha}-${copy}`, i + 1))
    db.exec('COMMIT')
    db.exec("INSERT INTO pages (pages) VALUES ('optimize')")
    db.close()
    const buildMs = performance.now() - started
    const diskMb = (await stat(file)).size / 1e6

    // what MiniSearch and our own index left behind is collected first, or it shows here as freed memory
    const collect = (globalThis as { gc?: () => void }).gc
    collect?.()
    const rssBefore = process.memoryUsage.rss()
    const opened = performance.now()
    const reader = new sqlite.DatabaseSync(file, { readOnly: true })
    const search = reader.prepare(
      "SELECT doc, page, snippet(pages, 0, '', '', '…', 12) AS snippet FROM pages WHERE pages MATCH ? ORDER BY rank LIMIT 30",
    )
    const openMs = performance.now() - opened
    const run = (q: string) => {
      const m = match(q)
      return m ? search.all(m) : []
    }
    for (const q of queries.slice(0, 20)) run(q)
    const times: number[] = []
    for (const q of queries) {
      const t = performance.now()
      run(q)
      times.push(performance.now() - t)
    }
    const rssMb = (process.memoryUsage.rss() - rssBefore) / 1e6
    reader.close()
    return { buildMs, diskMb, openMs, median: median(times), p95: quantile(times, 0.95), rssMb } satisfies Fts5Figures
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
