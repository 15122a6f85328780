/**
 * The backups channels: snapshots listed, taken, previewed and restored; a full backup
 * written to a folder chosen in the desktop's dialog, or read from one (desktop) or from
 * an upload (browser mode). Pages name no path: a folder is known to them by the id
 * the main side gave it.
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { FullBackupSource } from '@shared/backups'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import type { Handlers } from '../../dispatch'
import type { HandlerDeps } from '../../handlers'
import { listSnapshots, previewSnapshot, restoreSnapshot } from './snapshots'
import { writeFullBackup } from './full-backup'
import { backupFolderName, folderSink, newFolder } from './sinks'
import { previewBackup, restoreBackup, stageUpload } from './full-restore'
import type { RestoreDeps } from './restore'

type BackupChannel = Extract<keyof Handlers, `backups:${string}`>

const noSnapshots = () => Promise.reject(new Error('snapshots are not available here'))

export function backupHandlers(deps: HandlerDeps): Pick<Handlers, BackupChannel> {
  const { store, paths, events } = deps
  const restoreDeps: RestoreDeps = { store, paths, snapshot: deps.snapshot ?? noSnapshots, search: deps.search }
  const progress = (p: Parameters<typeof events.emit<'backups:progress'>>[1]) => events.emit('backups:progress', p)
  const pick = async (purpose: 'backup' | 'restore') => {
    if (!deps.pickFolder) throw new ServiceError('forbidden', userMessage('no-folder-dialog'))
    return deps.pickFolder(purpose)
  }
  const folderOf = (source: FullBackupSource) =>
    'pickedId' in source
      ? Promise.resolve(deps.picked.pathOf(source.pickedId))
      : stageUpload(join(paths.uploads, source.uploadId))
  const now = () => new Date(deps.clock.now())
  return {
    'backups:list': () => listSnapshots(paths.backups),
    'backups:snapshotNow': async () => {
      await restoreDeps.snapshot('manual')
      return listSnapshots(paths.backups)
    },
    'backups:previewSnapshot': ({ name }) => previewSnapshot(restoreDeps, name),
    'backups:restoreSnapshot': ({ name }) => restoreSnapshot(restoreDeps, name),
    'backups:backupToFolder': async () => {
      const parent = await pick('backup')
      if (!parent) return null
      let folder = parent
      try {
        folder = await newFolder(parent, backupFolderName(new Date()))
        const done = await writeFullBackup(
          { store, paths, version: deps.version, now, onProgress: progress },
          folderSink(folder),
        )
        return { ...done, folder }
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error)
        throw new ServiceError('backup-failed', userMessage('backup-not-written', { folder, detail }))
      }
    },
    'backups:pickFull': async () => {
      const folder = await pick('restore')
      return folder ? deps.picked.remember(folder) : null
    },
    'backups:previewFull': async ({ source }) => previewBackup(restoreDeps, await folderOf(source)),
    'backups:restoreFull': async ({ source }) => {
      const folder = await folderOf(source)
      const done = await restoreBackup(restoreDeps, folder, progress)
      if ('uploadId' in source) await rm(folder, { recursive: true, force: true })
      return done
    },
  }
}
