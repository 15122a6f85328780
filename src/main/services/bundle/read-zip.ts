/**
 * Reading a bundle someone handed over: a zip is hostile until proven otherwise. Its
 * central directory is judged whole before one byte is inflated (entry count, names,
 * links, encryption, duplicates, declared sizes against the limits); then every entry is
 * streamed into a private staging folder while its real inflated bytes are counted (a
 * zip can lie about its sizes) and hashed, and each must match what the manifest says.
 * Any refusal throws one ServiceError naming the fault; the caller removes the staging
 * folder, so a refused bundle leaves nothing behind.
 */
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { join } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import yauzl, { type Entry, type ZipFile } from 'yauzl'
import { ServiceError } from '@shared/result'
import { megabytes } from '@shared/text'
import { userMessage, type MessageId, type MessageValues } from '@shared/user-message'

export interface ZipLimits {
  maxEntries: number
  /** declared and inflated bytes of all entries together */
  maxTotalBytes: number
  /** manifest.json and records.json are parsed in memory: each at most this */
  maxJsonBytes: number
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 50_000,
  maxTotalBytes: 16 * 1024 * 1024 * 1024,
  maxJsonBytes: 256 * 1024 * 1024,
}

export const refuse = (name: string, id: MessageId, values: MessageValues = {}) =>
  new ServiceError('import-failed', userMessage(id, { name, ...values }))

const S_IFMT = 0o170000
const S_IFLNK = 0o120000
const S_IFREG = 0o100000

/** yauzl checks names as it decodes them; its reasons map onto ours. */
function fromYauzl(name: string, error: Error): ServiceError {
  const m = /^(invalid characters in fileName|absolute path|invalid relative path): (.*)$/s.exec(error.message)
  if (m) return refuse(name, 'bundle-bad-name', { entry: m[2]!.slice(0, 200) })
  return refuse(name, 'bundle-not-zip', { detail: error.message })
}

function unsafeName(entry: string): boolean {
  return (
    entry.includes('\\') ||
    entry.startsWith('/') ||
    /^[a-zA-Z]:/.test(entry) ||
    entry.split('/').some((part) => part === '..' || part === '.') ||
    [...entry].some((c) => c.charCodeAt(0) < 32)
  )
}

function judgeEntry(name: string, entry: Entry, seen: Set<string>): void {
  const entryName = entry.fileName
  if (unsafeName(entryName)) throw refuse(name, 'bundle-bad-name', { entry: entryName })
  const mode = (entry.externalFileAttributes >>> 16) & S_IFMT
  if (mode === S_IFLNK) throw refuse(name, 'bundle-symlink', { entry: entryName })
  if (mode !== 0 && mode !== S_IFREG) throw refuse(name, 'bundle-unlisted', { entry: entryName })
  if (entry.isEncrypted()) throw refuse(name, 'bundle-encrypted', { entry: entryName })
  const key = entryName.normalize('NFC').toLowerCase()
  if (seen.has(key)) throw refuse(name, 'bundle-duplicate', { entry: entryName })
  seen.add(key)
}

export async function openZip(path: string, name: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, decodeStrings: true, strictFileNames: true, validateEntrySizes: false },
      (error, zip) => (error ? reject(fromYauzl(name, error)) : resolve(zip)),
    )
  })
}

/** Every entry of the central directory, judged; nothing is inflated yet. */
export async function listEntries(zip: ZipFile, name: string, limits: ZipLimits): Promise<Map<string, Entry>> {
  if (zip.entryCount > limits.maxEntries)
    throw refuse(name, 'bundle-too-many', { count: zip.entryCount, limit: limits.maxEntries })
  const entries = new Map<string, Entry>()
  const seen = new Set<string>()
  let declared = 0
  await new Promise<void>((resolve, reject) => {
    zip.on('error', (error: Error) => reject(error instanceof ServiceError ? error : fromYauzl(name, error)))
    zip.on('end', () => resolve())
    zip.on('entry', (entry: Entry) => {
      try {
        judgeEntry(name, entry, seen)
        declared += entry.uncompressedSize
        if (declared > limits.maxTotalBytes)
          throw refuse(name, 'bundle-too-large', { limit: megabytes(limits.maxTotalBytes), detail: 'declared sizes' })
        if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry)
        zip.readEntry()
      } catch (error) {
        reject(error as Error)
      }
    })
    zip.readEntry()
  })
  return entries
}

export interface Counter {
  /** inflated bytes so far, over every entry read */
  total: number
}

/**
 * Streams one entry to `target`, counting inflated bytes against the entry's declared
 * size and the bundle's limit as they arrive, and answers its sha256 and size.
 */
export async function inflateEntry(
  zip: ZipFile,
  entry: Entry,
  target: string,
  name: string,
  limits: ZipLimits,
  counter: Counter,
  signal?: AbortSignal,
): Promise<{ sha256: string; bytes: number }> {
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
    zip.openReadStream(entry, (error, s) => (error ? reject(fromYauzl(name, error)) : resolve(s))),
  )
  const hash = createHash('sha256')
  let bytes = 0
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length
      counter.total += chunk.length
      if (bytes > entry.uncompressedSize)
        return done(
          refuse(name, 'bundle-too-large', { limit: megabytes(limits.maxTotalBytes), detail: entry.fileName }),
        )
      if (counter.total > limits.maxTotalBytes)
        return done(refuse(name, 'bundle-too-large', { limit: megabytes(limits.maxTotalBytes), detail: 'inflated' }))
      hash.update(chunk)
      done(null, chunk)
    },
  })
  try {
    await pipeline(stream, count, createWriteStream(target, { flags: 'wx' }), { signal })
  } catch (error) {
    if (error instanceof ServiceError) throw error
    if ((error as Error).name === 'AbortError') throw error
    throw fromYauzl(name, error as Error)
  }
  if (bytes !== entry.uncompressedSize)
    throw refuse(name, 'bundle-size-mismatch', {
      entry: entry.fileName,
      actual: bytes,
      expected: entry.uncompressedSize,
    })
  return { sha256: hash.digest('hex'), bytes }
}

/** A staged entry's file: entries are stored under a number, never under a name from the zip. */
export const stagedFile = (staging: string, index: number) => join(staging, `entry-${index}`)
