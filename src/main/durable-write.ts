/**
 * Putting a file in place so that it is whole or absent after a crash or power cut:
 * written under a temporary name, fsynced, renamed over the target, and the folder
 * fsynced so the rename survives too. A failure (a full disk) removes the temporary
 * file and leaves the target as it was. db.json, its journal, stored PDFs, page text
 * and the search index all go through here.
 */
import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { copyFile, link, open, readdir, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'

const tempFor = (target: string) => `${target}.${randomBytes(6).toString('hex')}.tmp`

const cannotSyncFolder = new Set(['EINVAL', 'EPERM', 'EISDIR', 'EBADF', 'EACCES'])

export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

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

/** `write` fills the temporary path it is given; the rest is done here. */
export async function placeDurably(target: string, write: (temp: string) => Promise<void>): Promise<void> {
  const temp = tempFor(target)
  try {
    await write(temp)
    await syncFile(temp)
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(target))
}

/**
 * As `placeDurably`, for a file another writer may place meanwhile and whose copy must win
 * (a cache drawn in the background against one the facilitator's reading made): a target
 * that exists, even one placed while this was written, is left as it is. Answers whether
 * this placed the file. Linked, not renamed, so the check and the placing are one step; where
 * the file system has no hard links (FAT or exFAT on a USB stick: EPERM on Linux, EISDIR on
 * Windows, …) copied with COPYFILE_EXCL, as exclusive but not whole after a crash mid-copy.
 */
export async function placeDurablyIfAbsent(
  target: string,
  write: (temp: string) => Promise<void>,
  linkFile: (from: string, to: string) => Promise<void> = link,
): Promise<boolean> {
  const temp = tempFor(target)
  try {
    await write(temp)
    await syncFile(temp)
    try {
      await linkFile(temp, target)
    } catch (error) {
      if (isExisting(error)) return false
      try {
        await copyFile(temp, target, constants.COPYFILE_EXCL)
      } catch (copyError) {
        if (isExisting(copyError)) return false
        throw copyError
      }
      await syncFile(target)
    }
  } finally {
    await rm(temp, { force: true }).catch(() => undefined)
  }
  await syncFolder(dirname(target))
  return true
}

const isExisting = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'EEXIST'

export async function writeFileDurably(target: string, text: string): Promise<void> {
  await placeDurably(target, async (temp) => {
    const handle = await open(temp, 'w')
    try {
      await handle.writeFile(text, 'utf8')
    } finally {
      await handle.close()
    }
  })
}

/** Temporary files a crash left in `folder` (never a whole file: those were renamed). */
export async function removeLeftoverTemps(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[])
  for (const name of names) if (name.endsWith('.tmp')) await rm(join(folder, name), { force: true })
}

/** A write refused because the disk (or the user's quota) is full. */
export const isDiskFull = (error: unknown): boolean =>
  ['ENOSPC', 'EDQUOT'].includes((error as NodeJS.ErrnoException | undefined)?.code ?? '')
