/**
 * A lowdb adapter that acknowledges a write only once its bytes are on disk: the new
 * text goes to a temporary file that is fsynced, renamed over db.json, and the folder
 * is fsynced so the rename itself survives a power cut. A failed write (a full disk)
 * removes its temporary file and leaves db.json as it was.
 */
import { open, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'
import type { Data } from './schema'
import { createSerializer } from './serialize'

export async function writeFileDurably(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  try {
    const handle = await open(temp, 'w')
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(path))
}

const cannotSyncFolder = new Set(['EINVAL', 'EPERM', 'EISDIR', 'EBADF', 'EACCES'])

export async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (error) {
    // Windows and some file systems cannot open or fsync a folder; the rename is still atomic.
    if (!cannotSyncFolder.has((error as NodeJS.ErrnoException).code ?? '')) throw error
  }
}

export class DurableJsonFile implements Adapter<Data> {
  private readonly serialize = createSerializer()

  constructor(readonly path: string) {}

  async read(): Promise<Data | null> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as Data
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  }

  write(data: Data): Promise<void> {
    return writeFileDurably(this.path, this.serialize(data))
  }
}
