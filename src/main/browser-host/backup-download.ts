/**
 * Browser mode has no folder dialog, so "Back up now" is a download: GET /backup streams
 * the full backup as a gzipped tar, one file at a time at the browser's pace. A failure
 * half-way cuts the connection, so the browser marks the download failed rather than
 * keeping a short archive as if it were whole.
 */
import type { ServerResponse } from 'node:http'
import { createGzip, constants } from 'node:zlib'
import { pipeline } from 'node:stream/promises'
import type { Core } from '../core'
import { writeFullBackup } from '../services/backups/full-backup'
import { tarSink } from '../services/backups/sinks'

export const backupFileName = (d: Date): string =>
  `training-companion-backup-${d.toISOString().slice(0, 16).replace(/[:T]/g, '-')}.tar.gz`

export async function sendFullBackup(core: Core, res: ServerResponse, headers: Record<string, string>): Promise<void> {
  const now = new Date()
  res.writeHead(200, {
    ...headers,
    'Content-Type': 'application/gzip',
    'Content-Disposition': `attachment; filename="${backupFileName(now)}"`,
    'Cache-Control': 'no-store',
  })
  // PDFs do not shrink: the fastest level keeps the CPU free; page text and db.json still compress well
  const gzip = createGzip({ level: constants.Z_BEST_SPEED })
  const sent = pipeline(gzip, res)
  try {
    await writeFullBackup(
      {
        store: core.store,
        paths: core.paths,
        version: core.version,
        now: () => now,
        onProgress: (p) => core.events.emit('backups:progress', p),
      },
      tarSink(gzip, now),
    )
    await sent
  } catch (error) {
    console.error('backup download:', error)
    res.destroy()
  }
}
