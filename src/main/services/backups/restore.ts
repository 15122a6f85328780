/**
 * Putting a library back — from a snapshot in backups/ or from a full backup — always
 * the same way: the library as it is now is first kept as a snapshot ("before-restore",
 * so the restore can itself be undone; if that fails nothing is restored), then the
 * records are replaced in one change through the store's door (settings stay as they
 * are), and the search index follows.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { RestoreDone, RestorePreview } from '@shared/backups'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import type { Store } from '../../store/store'
import type { Data } from '../../store/schema'
import type { DataPaths } from '../../paths'
import { countsOf, diffLibraries, filesOf, replaceRecords } from './contents'
import { parseSnapshotName } from './snapshot-files'

export interface RestoreDeps {
  store: Store
  paths: DataPaths
  /** takes a snapshot between changes, answering its name (OpenedStore.snapshot) */
  snapshot(reason: string): Promise<string>
  search: { syncResource(id: string): Promise<void>; rebuildMeta(): void }
}

export function previewOf(
  deps: Pick<RestoreDeps, 'store' | 'paths'>,
  incoming: Data,
  at: string | null,
  carried = new Set<string>(),
): RestorePreview {
  const missing = [...filesOf(incoming)].filter(
    (sha) => !carried.has(sha) && !existsSync(join(deps.paths.files, `${sha}.pdf`)),
  )
  return {
    at,
    counts: countsOf(incoming),
    differences: diffLibraries(deps.store.read(), incoming),
    missingFiles: missing.length,
  }
}

export async function keepCurrent(deps: Pick<RestoreDeps, 'snapshot'>): Promise<string> {
  try {
    return await deps.snapshot('before-restore')
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new ServiceError('restore-failed', userMessage('restore-not-kept', { detail }))
  }
}

/** Replaces the records (after `keepCurrent`), then re-indexes every resource that came or went. */
export async function replaceLibrary(
  deps: RestoreDeps,
  incoming: Data,
  keptAs: string,
  filesCopied: number,
): Promise<RestoreDone> {
  const before = deps.store.read().resources
  await deps.store.update((draft) => replaceRecords(draft, incoming))
  for (const id of new Set([...before, ...incoming.resources].map((r) => r.id))) await deps.search.syncResource(id)
  deps.search.rebuildMeta()
  const keptAt = parseSnapshotName(keptAs)?.at ?? new Date().toISOString()
  return { keptAs, keptAt, counts: countsOf(incoming), filesCopied }
}
