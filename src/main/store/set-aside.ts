/**
 * Records that did not fit the schema when db.json was read, kept whole with the reason
 * in set-aside.json beside it, so nothing is thrown away and the facilitator (or whoever
 * helps them) can look at each one. New entries are added to what is already there.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SetAside } from './salvage'
import type { SetAsideEntry } from '@shared/set-aside'
import { writeFileDurably } from '../durable-write'

export const SET_ASIDE_FILE = 'set-aside.json'

export async function readSetAside(folder: string): Promise<SetAsideEntry[]> {
  try {
    const parsed = JSON.parse(await readFile(join(folder, SET_ASIDE_FILE), 'utf8')) as unknown
    return Array.isArray(parsed) ? (parsed as SetAsideEntry[]) : []
  } catch {
    return []
  }
}

export async function recordSetAside(folder: string, items: SetAside[], now: Date): Promise<string> {
  const path = join(folder, SET_ASIDE_FILE)
  const at = now.toISOString()
  const all = [...(await readSetAside(folder)), ...items.map((item) => ({ at, ...item }))]
  await writeFileDurably(path, JSON.stringify(all, null, 2) + '\n')
  return path
}
