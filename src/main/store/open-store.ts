/**
 * Opening the library. db.json is read record by record (`salvage.ts`): a record that
 * does not fit is set aside into set-aside.json with its reason and the rest loads.
 * Only a file that is not a library at all (unparsable, empty, `[]`, `{}`, missing
 * while backups exist) is replaced: it is kept aside, the newest good backup is
 * restored and the journal of changes since that backup is replayed, and the
 * facilitator is told. A library from a newer app is refused, untouched. Backups are
 * taken before a migration or a setting-aside, at least daily, and when the journal
 * grows large; each starts a new journal.
 */
import { copyFile, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { ServiceError } from '@shared/result'
import { userMessage, type UserMessage } from '@shared/user-message'
import { createStore, type Store } from './store'
import { emptyData, type Data } from './schema'
import { salvage, type Salvaged } from './salvage'
import { DurableJsonFile } from './durable-file'
import { removeLeftoverTemps } from '../durable-write'
import { JOURNAL_LIMIT_BYTES, openJournal, readJournal, replay } from './journal'
import { recordSetAside } from './set-aside'
import { inBackground, type Notify } from '../services/background'

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
  /** tells the facilitator of a failure in work they did not ask for (journal, backup) */
  notify?: Notify
}

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-')

type Found = { exists: false } | { exists: true; raw: unknown } | { exists: true; error: string }

async function readRaw(path: string): Promise<Found> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { exists: false }
    if (code === 'EISDIR') return { exists: true, error: 'db.json is a folder, not a file' }
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
  const name = `db-${stamp(now)}-${reason}.json`
  await copyFile(dbPath, join(dir, name))
  for (const old of (await listBackups(dir)).slice(BACKUPS_KEPT)) await rm(join(dir, old), { force: true })
  return name
}

async function readBackup(dir: string, name: string): Promise<Data | undefined> {
  const found = await readRaw(join(dir, name))
  const outcome = 'raw' in found ? salvage(found.raw) : undefined
  return outcome?.kind === 'ok' ? outcome.data : undefined
}

async function newestGoodBackup(dir: string): Promise<{ data: Data; name: string } | undefined> {
  for (const name of await listBackups(dir)) {
    const data = await readBackup(dir, name)
    if (data) return { data, name }
  }
  return undefined
}

async function backupIsDue(dir: string, now: Date): Promise<boolean> {
  const [newest] = await listBackups(dir)
  if (!newest) return true
  const { mtime } = await stat(join(dir, newest))
  return now.getTime() - mtime.getTime() > DAY_MS
}

/** The library rebuilt from the journal's snapshot (or the newest good one) plus the journal. */
async function recover(dbPath: string, backupsDir: string, journalPath: string, reason: string, now: Date) {
  const aside = `${dbPath}.unreadable-${stamp(now)}`
  await rename(dbPath, aside).catch(() => undefined)
  const journal = await readJournal(journalPath)
  const exact = journal?.after ? await readBackup(backupsDir, journal.after) : undefined
  const base =
    journal && journal.after === null
      ? { data: emptyData(), name: '' }
      : exact
        ? { data: exact, name: journal!.after! }
        : await newestGoodBackup(backupsDir)
  const replayed = journal && base ? salvage(replay(base.data, journal.entries)) : undefined
  const data = replayed?.kind === 'ok' ? replayed.data : (base?.data ?? emptyData())
  const changes = replayed?.kind === 'ok' ? journal!.entries.length : 0
  const complete = !!journal && (journal.after === null || !!exact)
  const notice = !base
    ? userMessage('library-reset', { reason, aside })
    : userMessage(complete ? 'library-recovered' : 'library-restored', {
        reason,
        aside,
        backup: base.name || '—',
        changes,
      })
  return { data, notice, restored: !!base }
}

export async function openStore({
  dbPath,
  backupsDir,
  now = () => new Date(),
  notify = () => undefined,
}: Options): Promise<OpenedStore> {
  const notices: UserMessage[] = []
  const folder = dirname(dbPath)
  const journalPath = join(folder, 'journal.jsonl')
  await removeLeftoverTemps(folder)
  const found = await readRaw(dbPath)
  const hasHistory = !found.exists && ((await listBackups(backupsDir)).length > 0 || !!(await readJournal(journalPath)))
  const outcome: Salvaged | { kind: 'new' } = !found.exists
    ? hasHistory
      ? { kind: 'damaged', reason: 'db.json is missing' }
      : { kind: 'new' }
    : 'error' in found
      ? { kind: 'damaged', reason: found.error }
      : salvage(found.raw)

  if (outcome.kind === 'future')
    throw new ServiceError(
      'library-too-new',
      userMessage('library-too-new', { version: outcome.version, path: dbPath }),
    )

  let data: Data
  let restored = false
  let backupReason: string | undefined
  let mustWrite = true
  if (outcome.kind === 'new') {
    data = emptyData()
  } else if (outcome.kind === 'damaged') {
    const recovered = await recover(dbPath, backupsDir, journalPath, outcome.reason, now())
    data = recovered.data
    notices.push(recovered.notice)
    restored = recovered.restored
    backupReason = 'after-recovery'
  } else {
    data = outcome.data
    mustWrite = outcome.from !== data.schemaVersion || outcome.setAside.length > 0
    if (outcome.setAside.length) {
      const path = await recordSetAside(folder, outcome.setAside, now())
      await takeBackup(dbPath, backupsDir, now(), 'before-setting-aside')
      notices.push(userMessage('records-set-aside', { count: outcome.setAside.length, path }))
    } else if (outcome.from !== data.schemaVersion) {
      await takeBackup(dbPath, backupsDir, now(), `before-migration-v${outcome.from}`)
    } else if ((await backupIsDue(backupsDir, now())) || !(await readJournal(journalPath))) {
      backupReason = 'daily'
    }
  }

  const journal = await openJournal(journalPath)
  const snapshot = (reason: string) =>
    inBackground(async () => journal.restart(await takeBackup(dbPath, backupsDir, now(), reason)), 'backup', notify)
  let snapshotDue = false
  const store = createStore(new DurableJsonFile(dbPath), data, {
    afterWrite: async (change) => {
      if (!snapshotDue)
        snapshotDue = !(await inBackground(() => journal.append(change, now().toISOString()), 'journal', notify))
      if (snapshotDue || journal.size() > JOURNAL_LIMIT_BYTES) snapshotDue = !(await snapshot('journal-full'))
    },
  })
  if (mustWrite) await store.update(() => undefined)
  if (outcome.kind === 'new') await inBackground(() => journal.restart(null), 'journal', notify)
  else if (mustWrite || backupReason) await snapshot(backupReason ?? 'after-opening')
  return { store, notices, created: outcome.kind === 'new' || (outcome.kind === 'damaged' && !restored) }
}
