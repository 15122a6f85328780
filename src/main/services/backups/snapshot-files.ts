/**
 * Snapshots of db.json in backups/: one file each, named for when and why it was
 * taken (`db-<UTC stamp>-<reason>.json`), so the list needs no index of its own and a
 * facilitator looking in the folder can read it too. Taking one copies db.json as it
 * is on disk (whole: db.json is only ever replaced by rename) and keeps the newest
 * `kept`.
 */
import { copyFile, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { salvage } from '../../store/salvage'
import type { Data } from '../../store/schema'
import { syncFile, syncFolder } from '../../durable-write'
import { BACKUPS_KEPT_DEFAULT } from '@shared/model'

const NAME = /^db-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z0-9-]+)\.json$/

export const snapshotName = (at: Date, reason: string): string =>
  `db-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.json`

/** When and why, read back from a snapshot's name; undefined for any other file. */
export function parseSnapshotName(name: string): { at: string; reason: string } | undefined {
  const m = NAME.exec(name)
  if (!m) return undefined
  return { at: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`, reason: m[6]! }
}

/** Newest first. */
export async function listBackups(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  return names
    .filter((n) => NAME.test(n))
    .sort()
    .reverse()
}

export async function takeBackup(
  dbPath: string,
  dir: string,
  now: Date,
  reason: string,
  kept = BACKUPS_KEPT_DEFAULT,
): Promise<string> {
  await mkdir(dir, { recursive: true })
  const name = snapshotName(now, reason)
  await copyFile(dbPath, join(dir, name))
  await syncFile(join(dir, name))
  await syncFolder(dir)
  for (const old of (await listBackups(dir)).slice(Math.max(1, kept))) await rm(join(dir, old), { force: true })
  return name
}

export async function readBackup(dir: string, name: string): Promise<Data | undefined> {
  const text = await readFile(join(dir, name), 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return undefined
  }
  const outcome = salvage(raw)
  return outcome.kind === 'ok' ? outcome.data : undefined
}

export async function newestGoodBackup(dir: string): Promise<{ data: Data; name: string } | undefined> {
  for (const name of await listBackups(dir)) {
    const data = await readBackup(dir, name)
    if (data) return { data, name }
  }
  return undefined
}

/** Due when there is none, or the newest is older than `everyMs`. */
export async function backupIsDue(dir: string, now: Date, everyMs: number): Promise<boolean> {
  const [newest] = await listBackups(dir)
  if (!newest) return true
  const at = parseSnapshotName(newest)?.at
  const taken = at ? Date.parse(at) : (await stat(join(dir, newest))).mtime.getTime()
  return now.getTime() - taken >= everyMs
}

/**
 * The PDFs the kept snapshots point at, so start-up's tidying leaves them for a restore. Read
 * by pattern rather than parsed: every snapshot is scanned at each start, and only file
 * records carry a `sha256`.
 */
export async function filesNamedBySnapshots(dir: string): Promise<Set<string>> {
  const shas = new Set<string>()
  for (const name of await listBackups(dir)) {
    const text = await readFile(join(dir, name), 'utf8').catch(() => '')
    for (const m of text.matchAll(/"sha256":\s*"([0-9a-f]{64})"/g)) shas.add(m[1]!)
  }
  return shas
}
