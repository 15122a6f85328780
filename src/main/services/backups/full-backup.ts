/**
 * "Back up now": a full copy that rebuilds the library on another machine — db.json as
 * it is on disk, every PDF a resource (or a trashed one) points at, their page text,
 * and a manifest with each file's sha256, written last. The same walk feeds a folder
 * (desktop: chosen in the main side's dialog) or a tar stream (browser mode: a
 * download), one file at a time, so a large PDF is never held in memory whole.
 */
import type { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupProgress, FullBackupDone } from '@shared/backups'
import type { Store } from '../../store/store'
import type { DataPaths } from '../../paths'
import { countsOf, filesOf } from './contents'
import { BACKUP_FORMAT, BACKUP_VERSION, MANIFEST, type Manifest, type ManifestEntry } from './manifest'

/** Where a backup's files go; `add` answers the sha256 of what it wrote. */
export interface BackupSink {
  add(name: string, from: string | Buffer, bytes: number): Promise<string>
  finish(): Promise<void>
  abort(): Promise<void>
}

/** Reads a file (or takes a buffer) in pieces, handing each on and hashing it. */
export async function* piecesOf(from: string | Buffer, hash: ReturnType<typeof createHash>): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(from)) {
    hash.update(from)
    yield from
    return
  }
  for await (const chunk of createReadStream(from, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer)
    yield chunk as Buffer
  }
}

interface Planned {
  name: string
  from: string | Buffer
  bytes: number
}

async function plan(store: Store, paths: DataPaths) {
  // between changes, so db.json and the list of files it points at agree
  const { db, data } = await store.exclusive(async () => ({ db: await readFile(paths.db), data: store.read() }))
  const planned: Planned[] = [{ name: 'db.json', from: db, bytes: db.length }]
  for (const sha of [...filesOf(data)].sort()) {
    for (const [name, path] of [
      [`files/${sha}.pdf`, join(paths.files, `${sha}.pdf`)],
      [`text/${sha}.json`, join(paths.text, `${sha}.json`)],
    ] as const) {
      const info = await stat(path).catch(() => null)
      if (info?.isFile()) planned.push({ name, from: path, bytes: info.size })
    }
  }
  return { planned, data }
}

export interface BackupOptions {
  store: Store
  paths: DataPaths
  version: string
  now: () => Date
  onProgress?: (p: BackupProgress) => void
}

export async function writeFullBackup(
  { store, paths, version, now, onProgress }: BackupOptions,
  sink: BackupSink,
): Promise<Omit<FullBackupDone, 'folder'>> {
  try {
    const { planned, data } = await plan(store, paths)
    const total = planned.reduce((n, p) => n + p.bytes, 0)
    const entries: ManifestEntry[] = []
    let bytesDone = 0
    for (const item of planned) {
      const sha256 = await sink.add(item.name, item.from, item.bytes)
      entries.push({ name: item.name, bytes: item.bytes, sha256 })
      bytesDone += item.bytes
      onProgress?.({ work: 'backup', filesDone: entries.length, files: planned.length, bytesDone, bytes: total })
    }
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      app: version,
      createdAt: now().toISOString(),
      schemaVersion: data.schemaVersion,
      entries,
    }
    const text = Buffer.from(JSON.stringify(manifest, null, 1))
    await sink.add(MANIFEST, text, text.length)
    await sink.finish()
    return { files: planned.length, bytes: total, counts: countsOf(data) }
  } catch (error) {
    await sink.abort()
    throw error
  }
}
