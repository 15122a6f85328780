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
import { readFile, rename } from 'node:fs/promises'
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
import { backupIsDue, listBackups, newestGoodBackup, readBackup, takeBackup } from '../services/backups/snapshot-files'
import { BACKUPS_KEPT_DEFAULT } from '@shared/model'

export { listBackups, takeBackup }
export const BACKUPS_KEPT = BACKUPS_KEPT_DEFAULT
const HOUR_MS = 60 * 60 * 1000

export interface OpenedStore {
  store: Store
  notices: UserMessage[]
  created: boolean
  /**
   * Takes a snapshot now, between changes (the journal starts again from it); answers its
   * name, or throws if it could not be taken. Keeps the newest `settings.backupsKept`.
   */
  snapshot(reason: string): Promise<string>
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
      await takeBackup(dbPath, backupsDir, now(), 'before-setting-aside', data.settings.backupsKept)
      notices.push(userMessage('records-set-aside', { count: outcome.setAside.length, path }))
    } else if (outcome.from !== data.schemaVersion) {
      await takeBackup(dbPath, backupsDir, now(), `before-migration-v${outcome.from}`, data.settings.backupsKept)
    } else if (
      (await backupIsDue(backupsDir, now(), data.settings.backupEveryHours * HOUR_MS)) ||
      !(await readJournal(journalPath))
    ) {
      backupReason = 'daily'
    }
  }

  const journal = await openJournal(journalPath)
  const kept = () => store.read().settings.backupsKept
  const takeSnapshot = async (reason: string) => {
    const name = await takeBackup(dbPath, backupsDir, now(), reason, kept())
    await journal.restart(name)
    return name
  }
  const snapshot = (reason: string) => inBackground(async () => void (await takeSnapshot(reason)), 'backup', notify)
  let snapshotDue = false
  const store: Store = createStore(new DurableJsonFile(dbPath), data, {
    afterWrite: async (change) => {
      if (!snapshotDue)
        snapshotDue = !(await inBackground(() => journal.append(change, now().toISOString()), 'journal', notify))
      if (snapshotDue || journal.size() > JOURNAL_LIMIT_BYTES) snapshotDue = !(await snapshot('journal-full'))
    },
  })
  if (mustWrite) await store.update(() => undefined)
  if (outcome.kind === 'new') await inBackground(() => journal.restart(null), 'journal', notify)
  else if (mustWrite || backupReason) await snapshot(backupReason ?? 'after-opening')
  return {
    store,
    notices,
    created: outcome.kind === 'new' || (outcome.kind === 'damaged' && !restored),
    snapshot: (reason) => store.exclusive(() => takeSnapshot(reason)),
  }
}
