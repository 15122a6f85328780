/**
 * Opening db.json safely. A file that does not parse or has the wrong shape is
 * moved aside and the newest good backup is restored, with a notice for the user:
 * the app never starts empty over a user's data. Backups are taken before each
 * migration and at least daily, keeping the newest few.
 */
import { copyFile, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { JSONFile } from 'lowdb/node'
import { createStore, type Store } from './store'
import { emptyData, migrate, type Data } from './schema'
import { userMessage, type UserMessage } from '@shared/user-message'

export const BACKUPS_KEPT = 10
const DAY_MS = 24 * 60 * 60 * 1000

export interface OpenedStore {
  store: Store
  notices: UserMessage[]
  created: boolean
}

interface Options {
  dbPath: string
  backupsDir: string
  now?: () => Date
}

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-')

async function readRaw(path: string): Promise<{ exists: boolean; raw?: unknown; error?: string }> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false }
    throw error
  }
  try {
    return { exists: true, raw: JSON.parse(text) }
  } catch (error) {
    return { exists: true, error: `db.json does not parse (${(error as Error).message})` }
  }
}

export async function listBackups(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  return names
    .filter((n) => /^db-.*\.json$/.test(n))
    .sort()
    .reverse()
}

export async function takeBackup(dbPath: string, dir: string, now: Date, reason: string): Promise<string> {
  await mkdir(dir, { recursive: true })
  const target = join(dir, `db-${stamp(now)}-${reason}.json`)
  await copyFile(dbPath, target)
  for (const old of (await listBackups(dir)).slice(BACKUPS_KEPT)) await rm(join(dir, old), { force: true })
  return target
}

async function restoreNewestGoodBackup(dir: string): Promise<{ data: Data; name: string } | undefined> {
  for (const name of await listBackups(dir)) {
    const { raw } = await readRaw(join(dir, name))
    const outcome = raw === undefined ? undefined : migrate(raw)
    if (outcome?.ok) return { data: outcome.data, name }
  }
  return undefined
}

async function backupIsDue(dir: string, now: Date): Promise<boolean> {
  const [newest] = await listBackups(dir)
  if (!newest) return true
  const { mtime } = await stat(join(dir, newest))
  return now.getTime() - mtime.getTime() > DAY_MS
}

export async function openStore({ dbPath, backupsDir, now = () => new Date() }: Options): Promise<OpenedStore> {
  const notices: UserMessage[] = []
  const adapter = new JSONFile<Data>(dbPath)
  const found = await readRaw(dbPath)
  if (!found.exists) {
    const store = createStore(adapter, emptyData())
    await store.update(() => undefined)
    return { store, notices, created: true }
  }
  const outcome = found.error ? { ok: false as const, reason: found.error } : migrate(found.raw)
  if (!outcome.ok) {
    const aside = `${dbPath}.unreadable-${stamp(now())}`
    await rename(dbPath, aside)
    const restored = await restoreNewestGoodBackup(backupsDir)
    const store = createStore(adapter, restored?.data ?? emptyData())
    await store.update(() => undefined)
    notices.push(
      restored
        ? userMessage('library-restored', { reason: outcome.reason, aside, backup: restored.name })
        : userMessage('library-reset', { reason: outcome.reason, aside }),
    )
    return { store, notices, created: !restored }
  }
  if (outcome.from !== outcome.data.schemaVersion) {
    await takeBackup(dbPath, backupsDir, now(), `before-migration-v${outcome.from}`)
  } else if (await backupIsDue(backupsDir, now())) {
    await takeBackup(dbPath, backupsDir, now(), 'daily')
  }
  const store = createStore(adapter, outcome.data)
  if (outcome.from !== outcome.data.schemaVersion) await store.update(() => undefined)
  return { store, notices, created: false }
}
