import { z } from 'zod'
import {
  FullBackupSource,
  SnapshotName,
  type DataFolderInfo,
  type FullBackupDone,
  type MoveDone,
  type RestoreDone,
  type RestorePreview,
  type SnapshotInfo,
} from '../backups'
import { returns, type PickedFile } from './common'

export const backupChannels = {
  /** snapshots of db.json in backups/, newest first, with when, why and what each holds */
  'backups:list': { input: z.undefined(), output: returns<SnapshotInfo[]>() },
  'backups:snapshotNow': { input: z.undefined(), output: returns<SnapshotInfo[]>() },
  /** what restoring the snapshot would add, remove or change; nothing is written */
  'backups:previewSnapshot': { input: SnapshotName, output: returns<RestorePreview>() },
  /** keeps the library as it is now as a snapshot, then restores the one named */
  'backups:restoreSnapshot': { input: SnapshotName, output: returns<RestoreDone>() },
  /** desktop: a full backup into a new folder inside the one chosen in the main side's dialog (null: cancelled) */
  'backups:backupToFolder': { input: z.undefined(), output: returns<FullBackupDone | null>() },
  /** desktop: a full backup folder chosen in the main side's dialog (null: cancelled) */
  'backups:pickFull': { input: z.undefined(), output: returns<PickedFile | null>() },
  'backups:previewFull': {
    input: z.object({ source: FullBackupSource }).strict(),
    output: returns<RestorePreview>(),
  },
  'backups:restoreFull': { input: z.object({ source: FullBackupSource }).strict(), output: returns<RestoreDone>() },
  'dataFolder:get': { input: z.undefined(), output: returns<DataFolderInfo>() },
  /** desktop: copies the data folder into one chosen in the main side's dialog, checks it, then restarts on it */
  'dataFolder:move': { input: z.undefined(), output: returns<MoveDone | null>() },
} as const
