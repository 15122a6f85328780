/**
 * Moving the data folder: a checked copy, then the switch, and the old folder kept
 * until the facilitator deletes it. Changes wait while the copy runs (the store's
 * queue is held), so the copy is the library at one moment; every file is hashed as it
 * is read and again as written, and a file that does not match, a folder that cannot
 * be written or a full disk stops the move, removes what was copied, and leaves the
 * old folder in use and untouched. The target's lock is taken first, so no other
 * process opens a half-copied library.
 */
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, existsSync } from 'node:fs'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { BackupProgress, MoveDone } from '@shared/backups'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import { isDiskFull, syncFile, syncFolder, writeFileDurably } from '../../durable-write'
import { acquireDataLock } from '../../data-lock'
import { dataPaths } from '../../paths'
import { hashFile, hashing } from '../backups/hashing'

export const MOVED_FROM = 'moved-from.json'
export const MOVED_TO = 'moved-to.json'

/** Copies one file, answering the sha256 of what was read. */
export type CopyFile = (from: string, to: string) => Promise<string>

export const copyHashing: CopyFile = async (from, to) => {
  const hash = createHash('sha256')
  await pipeline(
    createReadStream(from, { highWaterMark: 1 << 20 }),
    hashing(hash),
    createWriteStream(to, { flags: 'wx' }),
  )
  await syncFile(to)
  return hash.digest('hex')
}

export interface MoveOptions {
  from: string
  to: string
  /** runs the copy between changes (Store.exclusive); absent before the store is open */
  pause?: <T>(work: () => Promise<T>) => Promise<T>
  onProgress?: (p: BackupProgress) => void
  copy?: CopyFile
  now?: () => Date
  /** the switch (the location remembered), made while changes still wait; its failure undoes the copy */
  thenSwitch?: (done: MoveDone) => Promise<void>
}

const inside = (parent: string, child: string) => {
  const rel = relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..')
}

async function checkTarget(from: string, to: string): Promise<boolean> {
  if (from === to) throw new ServiceError('move-failed', userMessage('move-same'))
  if (inside(from, to) || inside(to, from))
    throw new ServiceError('move-failed', userMessage('move-target-inside', { path: to }))
  if (!existsSync(to)) return true
  const names = await readdir(to).catch(() => null)
  if (!names || names.length) throw new ServiceError('move-failed', userMessage('move-target-not-empty', { path: to }))
  return false
}

/** Every file of the library, relative to its folder; not the lock, uploads waiting, or temporary files. */
async function filesToCopy(root: string): Promise<{ rel: string; bytes: number }[]> {
  const lockName = dataPaths(root).lock.slice(root.length + 1)
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  const files: { rel: string; bytes: number }[] = []
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const rel = relative(root, join(entry.parentPath, entry.name))
    if (rel === lockName || rel.startsWith(`uploads${sep}`) || rel.endsWith('.tmp')) continue
    files.push({ rel, bytes: (await stat(join(root, rel))).size })
  }
  return files.sort((a, b) => a.rel.localeCompare(b.rel))
}

async function copyAll(from: string, to: string, o: MoveOptions): Promise<MoveDone> {
  const copy = o.copy ?? copyHashing
  const files = await filesToCopy(from)
  const bytes = files.reduce((n, f) => n + f.bytes, 0)
  let bytesDone = 0
  for (const [i, file] of files.entries()) {
    const target = join(to, file.rel)
    await mkdir(dirname(target), { recursive: true })
    const read = await copy(join(from, file.rel), target)
    if ((await hashFile(target)) !== read) throw new Error(`the copy of ${file.rel} does not match the original`)
    bytesDone += file.bytes
    o.onProgress?.({ work: 'move', filesDone: i + 1, files: files.length, bytesDone, bytes })
  }
  const at = (o.now ?? (() => new Date()))().toISOString()
  await writeFileDurably(join(to, MOVED_FROM), JSON.stringify({ from, at }))
  await syncFolder(to)
  return { from, to, files: files.length, bytes }
}

async function undo(to: string, created: boolean) {
  if (created) return rm(to, { recursive: true, force: true })
  for (const name of await readdir(to).catch(() => [] as string[]))
    await rm(join(to, name), { recursive: true, force: true })
}

function moveFailure(error: unknown, from: string, to: string): ServiceError {
  if (error instanceof ServiceError) return error
  if (isDiskFull(error)) return new ServiceError('move-failed', userMessage('move-disk-full', { from, to }))
  const detail = error instanceof Error ? error.message : String(error)
  return new ServiceError('move-failed', userMessage('move-failed', { from, to, detail }))
}

/** Copies and checks; on success the caller switches to `to` (a location file, a restart). */
export async function moveDataFolder(options: MoveOptions): Promise<MoveDone> {
  const from = resolve(options.from)
  const to = resolve(options.to)
  const created = await checkTarget(from, to)
  let release: (() => void) | undefined
  try {
    await mkdir(to, { recursive: true })
    release = acquireDataLock(dataPaths(to).lock, to)
    const pause = options.pause ?? ((work) => work())
    const done = await pause(async () => {
      const copied = await copyAll(from, to, options)
      await options.thenSwitch?.(copied)
      return copied
    })
    await writeFileDurably(join(from, MOVED_TO), JSON.stringify({ to, at: new Date().toISOString() })).catch(
      () => undefined,
    )
    return done
  } catch (error) {
    release?.()
    release = undefined
    await undo(to, created).catch(() => undefined)
    throw moveFailure(error, from, to)
  } finally {
    release?.()
  }
}
