/**
 * One process owns a data folder at a time (lowdb has no multi-process safety).
 *
 * The lock file holds the owner's pid and only ever appears whole: it is written under a
 * private name and hard-linked into place, and link() fails when a lock is already there,
 * so of many simultaneous starts exactly one gets it. A lock whose process no longer runs
 * is removed only by the holder of a takeover mutex, after reading the lock again and
 * finding it still stale: without it, two processes could find the same dead owner and the
 * slower one remove the lock the faster one had just placed. The mutex is a directory
 * (mkdir is exclusive on every file system), held for a read and an unlink; one older than
 * ten seconds was left by a process that died holding it, and is broken. Release removes
 * the lock only while it still names its owner.
 *
 * Not proper-lockfile (the maintained npm choice): it judges a lock stale by its mtime,
 * which the owner must keep touching, so a restart right after a crash waits the stale
 * period and a blocked event loop can make a live owner look gone. A pid answers "is the
 * owner still running?" at once, which matters for an app reopened after a crash.
 *
 * Where a file system has no hard links (FAT or exFAT, e.g. a USB stick in portable
 * mode) the lock is created exclusively and then written; a lock without a readable pid
 * is therefore taken as being written until it is a few seconds old.
 */
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { randomUUID } from 'node:crypto'

export class DataFolderBusyError extends Error {
  readonly folder: string
  readonly pid: number

  constructor(folder: string, pid: number) {
    super(
      `Another Training Companion (process ${pid}) is already using the data folder ${folder}. ` +
        'Close it first, or choose another folder with --data.',
    )
    this.folder = folder
    this.pid = pid
  }
}

export type LockOptions = { hardLinks?: boolean }

const beingWrittenMs = 5_000
const mutexAbandonedMs = 10_000
const giveUpAfterMs = 15_000
// EISDIR: how libuv reports Windows' ERROR_INVALID_FUNCTION, FAT's answer to a hard link.
const noHardLinks = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EISDIR'])

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return codeOf(error) === 'EPERM'
  }
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

function readLock(lockPath: string): { text: string; ageMs: number } | undefined {
  try {
    return { text: readFileSync(lockPath, 'utf8'), ageMs: Date.now() - statSync(lockPath).mtimeMs }
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return undefined
    throw error
  }
}

function breakIfAbandoned(mutex: string): void {
  try {
    if (Date.now() - statSync(mutex).mtimeMs > mutexAbandonedMs) rmdirSync(mutex)
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') throw error
  }
}

/** Runs `critical` holding the takeover mutex and answers true, or false when another holds it. */
function withTakeoverMutex(lockPath: string, critical: () => void): boolean {
  const mutex = `${lockPath}.takeover`
  try {
    mkdirSync(mutex)
  } catch (error) {
    if (codeOf(error) !== 'EEXIST') throw error
    breakIfAbandoned(mutex)
    return false
  }
  try {
    critical()
  } finally {
    rmdirSync(mutex)
  }
  return true
}

type Verdict = { kind: 'gone' } | { kind: 'owned'; owner: number } | { kind: 'being-written' } | { kind: 'stale' }

function judge(lockPath: string, pid: number): Verdict {
  const lock = readLock(lockPath)
  if (!lock) return { kind: 'gone' }
  const owner = /^\d+$/.test(lock.text.trim()) ? Number(lock.text) : undefined
  if (owner === undefined) return lock.ageMs < beingWrittenMs ? { kind: 'being-written' } : { kind: 'stale' }
  return owner !== pid && isAlive(owner) ? { kind: 'owned', owner } : { kind: 'stale' }
}

function place(lockPath: string, draft: string, pid: number, options: LockOptions): boolean {
  try {
    if (options.hardLinks === false) throw Object.assign(new Error('no hard links'), { code: 'ENOTSUP' })
    linkSync(draft, lockPath)
    return true
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false
    if (!noHardLinks.has(codeOf(error) ?? '')) throw error
  }
  try {
    const fd = openSync(lockPath, 'wx')
    writeSync(fd, String(pid))
    closeSync(fd)
    return true
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false
    throw error
  }
}

export function acquireDataLock(
  lockPath: string,
  folder: string,
  pid = process.pid,
  options: LockOptions = {},
): () => void {
  const draft = `${lockPath}.${pid}-${randomUUID().slice(0, 8)}.tmp`
  writeFileSync(draft, String(pid), { flag: 'wx' })
  try {
    const deadline = Date.now() + giveUpAfterMs
    while (Date.now() < deadline) {
      if (place(lockPath, draft, pid, options)) return () => release(lockPath, pid)
      const verdict = judge(lockPath, pid)
      if (verdict.kind === 'owned') throw new DataFolderBusyError(folder, verdict.owner)
      if (verdict.kind === 'being-written') pause(10)
      if (verdict.kind !== 'stale') continue
      const held = withTakeoverMutex(lockPath, () => {
        if (judge(lockPath, pid).kind === 'stale') rmSync(lockPath, { force: true })
      })
      if (!held) pause(2 + Math.random() * 8)
    }
  } finally {
    rmSync(draft, { force: true })
  }
  throw new Error(`Could not take the lock ${lockPath}`)
}

function release(lockPath: string, pid: number): void {
  if (readLock(lockPath)?.text === String(pid)) rmSync(lockPath, { force: true })
}
