/**
 * The changes made since the last snapshot, one line each, so that a db.json damaged
 * from outside (a sync tool, a disk fault, a hand edit) loses nothing acknowledged: the
 * newest snapshot plus this journal is the library. Each line holds whole records
 * (upserted by id) and removed ids, so replaying it twice is harmless. The first line
 * names the snapshot the journal follows; a torn last line (a crash mid-append) is
 * ignored, since its change was never acknowledged.
 */
import { open, readFile, stat } from 'node:fs/promises'
import { collectionNames, type CollectionName, type Data } from './schema'
import { recordKey, type Change } from './changes'
import { writeFileDurably } from '../durable-write'

interface Header {
  journal: 1
  /** the backup file this journal continues from; null: from an empty library */
  after: string | null
}

export interface JournalEntry extends Pick<Change, 'singles' | 'put' | 'removed'> {
  at: string
}

/** Past this size, the next change takes a snapshot and starts a new journal. */
export const JOURNAL_LIMIT_BYTES = 8 * 1024 * 1024

export interface Journal {
  append(change: Change, at: string): Promise<void>
  restart(after: string | null): Promise<void>
  size(): number
}

export async function openJournal(path: string): Promise<Journal> {
  let bytes = await stat(path)
    .then((s) => s.size)
    .catch(() => 0)
  return {
    async append({ singles, put, removed }, at) {
      const line = JSON.stringify({ at, singles, put, removed } satisfies JournalEntry) + '\n'
      const handle = await open(path, 'a')
      try {
        await handle.appendFile(line, 'utf8')
        await handle.datasync()
      } finally {
        await handle.close()
      }
      bytes += Buffer.byteLength(line)
    },
    async restart(after) {
      const line = JSON.stringify({ journal: 1, after } satisfies Header) + '\n'
      await writeFileDurably(path, line)
      bytes = Buffer.byteLength(line)
    },
    size: () => bytes,
  }
}

export async function readJournal(
  path: string,
): Promise<{ after: string | null; entries: JournalEntry[] } | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined)
  if (!text) return undefined
  const lines = text.split('\n').filter(Boolean)
  const parse = (line: string): unknown => {
    try {
      return JSON.parse(line)
    } catch {
      return undefined
    }
  }
  const header = parse(lines[0] ?? '') as Header | undefined
  if (header?.journal !== 1) return undefined
  const entries = lines
    .slice(1)
    .map(parse)
    .filter((e): e is JournalEntry => !!e && typeof e === 'object' && 'put' in e)
  return { after: header.after, entries }
}

/** The library with the journal's changes applied on top (by id), as a plain object to salvage. */
export function replay(base: Data, entries: JournalEntry[]): Record<string, unknown> {
  const data: Record<string, unknown> = { ...base }
  for (const entry of entries) {
    Object.assign(data, entry.singles)
    for (const name of collectionNames) {
      const put = entry.put[name as CollectionName] ?? []
      const removed = new Set(entry.removed[name as CollectionName] ?? [])
      if (!put.length && !removed.size) continue
      const byKey = new Map((data[name] as object[]).map((r) => [recordKey(r), r]))
      for (const key of removed) byKey.delete(key)
      for (const record of put) byKey.set(recordKey(record), record)
      data[name] = [...byKey.values()]
    }
  }
  return data
}
