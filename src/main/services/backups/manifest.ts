/**
 * The table of contents of a full backup: which app made it and when, what the library
 * held, and every file with its size and sha256, so a restore checks each byte before
 * it writes anything. Names are fixed shapes (db.json, files/<sha>.pdf,
 * text/<sha>.json): a backup cannot name a path anywhere else.
 */
import { z } from 'zod'

export const BACKUP_FORMAT = 'training-companion-backup'
export const BACKUP_VERSION = 1
export const MANIFEST = 'manifest.json'

export const backupEntryName = /^(db\.json|files\/[0-9a-f]{64}\.pdf|text\/[0-9a-f]{64}\.json)$/

export const ManifestEntry = z
  .object({
    name: z.string().regex(backupEntryName),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict()
export type ManifestEntry = z.infer<typeof ManifestEntry>

export const Manifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  app: z.string(),
  createdAt: z.iso.datetime(),
  schemaVersion: z.number().int(),
  entries: z.array(ManifestEntry).max(500_000),
})
export type Manifest = z.infer<typeof Manifest>
