/**
 * The snapshots the facilitator sees in Settings: when, why, what each holds (counts
 * read once per file and remembered: a snapshot never changes), and restoring one after
 * a preview of what differs.
 */
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { RestoreDone, RestorePreview, SnapshotInfo } from '@shared/backups'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import type { Data } from '../../store/schema'
import { countsOf } from './contents'
import { listBackups, parseSnapshotName, readBackup } from './snapshot-files'
import { keepCurrent, previewOf, replaceLibrary, type RestoreDeps } from './restore'

const countsSeen = new Map<string, SnapshotInfo['counts']>()

export async function listSnapshots(dir: string): Promise<SnapshotInfo[]> {
  const infos: SnapshotInfo[] = []
  for (const name of await listBackups(dir)) {
    const parsed = parseSnapshotName(name)!
    const info = await stat(join(dir, name)).catch(() => null)
    if (!info) continue
    const key = `${dir}\0${name}`
    if (!countsSeen.has(key)) {
      const data = await readBackup(dir, name)
      countsSeen.set(key, data ? countsOf(data) : null)
    }
    infos.push({ name, at: parsed.at, reason: parsed.reason, bytes: info.size, counts: countsSeen.get(key)! })
  }
  return infos
}

async function readSnapshot(dir: string, name: string): Promise<Data> {
  if (!(await listBackups(dir)).includes(name))
    throw new ServiceError('not-found', userMessage('snapshot-gone', { name }))
  const data = await readBackup(dir, name)
  if (!data) throw new ServiceError('invalid-input', userMessage('snapshot-unreadable', { name }))
  return data
}

export async function previewSnapshot(deps: RestoreDeps, name: string): Promise<RestorePreview> {
  const data = await readSnapshot(deps.paths.backups, name)
  return previewOf(deps, data, parseSnapshotName(name)?.at ?? null)
}

export async function restoreSnapshot(deps: RestoreDeps, name: string): Promise<RestoreDone> {
  const data = await readSnapshot(deps.paths.backups, name)
  const keptAs = await keepCurrent(deps)
  return replaceLibrary(deps, data, keptAs, 0)
}
