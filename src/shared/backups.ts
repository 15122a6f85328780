/**
 * What the facilitator sees of backups and of the data folder (issue #17): snapshots of
 * db.json in backups/ with when, why and what they hold; full backups (db.json, PDFs, page
 * text) written to a folder or downloaded as one archive; a preview of what a restore
 * would change, per kind of record, before anything is written.
 */
import { z } from 'zod'

/** The kinds of record a preview compares and a snapshot counts. */
export const backupKinds = [
  'resources',
  'annotations',
  'workshops',
  'scenarios',
  'glossary',
  'methods',
  'timeline',
  'blockTemplates',
  'trash',
] as const
export type BackupKind = (typeof backupKinds)[number]

/** How many records of each kind, plus the workshops' notes. */
export type LibraryCounts = Record<BackupKind | 'notes', number>

export interface SnapshotInfo {
  /** the file in backups/, which names it to the other channels */
  name: string
  /** ISO time it was taken */
  at: string
  /** first-run, scheduled, daily, before-restore, manual, journal-full, after-opening… */
  reason: string
  bytes: number
  /** null when the file cannot be read as a library */
  counts: LibraryCounts | null
}

export interface KindDiff {
  kind: BackupKind
  added: number
  removed: number
  changed: number
  /** up to five titles of each, for the facilitator to recognise */
  examples: { added: string[]; removed: string[]; changed: string[] }
}

export interface RestorePreview {
  /** when the backup was made */
  at: string | null
  counts: LibraryCounts
  /** only kinds where something differs */
  differences: KindDiff[]
  /** resources whose PDF is neither in the backup nor in the data folder */
  missingFiles: number
}

export interface RestoreDone {
  /** the snapshot of the library as it was just before, so the restore can itself be undone */
  keptAs: string
  /** when that snapshot was taken */
  keptAt: string
  counts: LibraryCounts
  filesCopied: number
}

export interface FullBackupDone {
  folder: string
  files: number
  bytes: number
  counts: LibraryCounts
}

/** Long work (a full backup, a restore, a move) reports through the `backups:progress` event. */
export interface BackupProgress {
  work: 'backup' | 'restore' | 'move'
  filesDone: number
  files: number
  bytesDone: number
  bytes: number
}

export type DataFolderMode = 'argument' | 'environment' | 'portable' | 'chosen' | 'default'

export interface DataFolderInfo {
  path: string
  mode: DataFolderMode
  /** the desktop app can move it (browser mode says how to instead) */
  canMove: boolean
  /** the folder it was moved from, kept until the facilitator deletes it */
  previous: string | null
}

export interface MoveDone {
  from: string
  to: string
  files: number
  bytes: number
}

/** A full backup arrives by upload (browser mode) or as a folder picked in the desktop's dialog: never by path. */
export const FullBackupSource = z.union([
  z.object({ pickedId: z.uuid() }).strict(),
  z.object({ uploadId: z.string().regex(/^[a-f0-9]{32}$/) }).strict(),
])
export type FullBackupSource = z.infer<typeof FullBackupSource>

export const SnapshotName = z
  .object({ name: z.string().regex(/^db-[0-9TZ-]+-[a-z0-9-]+\.json$/, 'not-a-snapshot') })
  .strict()
