/**
 * Writing a bundle. PDFs and page text stream from the content store into the zip one
 * after another (yazl opens each file only when its turn comes), so a 4,000-page library
 * never sits in memory; PDFs are stored, not deflated (they are compressed already). The
 * manifest names every other entry with its sha256 and size; a PDF is re-hashed as it
 * streams and the bundle is abandoned if its bytes no longer match their name. The zip
 * is written under a temporary name and put in place only when whole: a cancelled or
 * failed export leaves nothing behind.
 */
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import yazl from 'yazl'
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  MANIFEST_NAME,
  RECORDS_NAME,
  bundleKinds,
  type BundleKind,
  type BundleRecords,
  type BundleSelection,
  type Manifest,
  type ManifestEntry,
} from '@shared/bundle'
import type { DataPaths } from '../../paths'
import { placeDurably } from '../../durable-write'
import { pdfPath, sha256File, textPath } from '../library/content-store'

export interface WriteProgress {
  entries: number
  entriesDone: number
  bytes: number
  bytesDone: number
  current: string
}

export interface WriteDeps {
  paths: DataPaths
  appVersion: string
  now: string
  signal?: AbortSignal
  onProgress?: (p: WriteProgress) => void
}

interface FileEntry extends ManifestEntry {
  path: string
}

async function fileEntries(paths: DataPaths, records: BundleRecords): Promise<FileEntry[]> {
  const shas = [...new Set(records.resources.flatMap((r) => (r.file ? [r.file.sha256] : [])))]
  const out: FileEntry[] = []
  for (const sha of shas) {
    const pdf = pdfPath(paths, sha)
    out.push({ name: `files/${sha}.pdf`, sha256: sha, bytes: (await stat(pdf)).size, path: pdf })
    const text = textPath(paths, sha)
    out.push({ name: `text/${sha}.json`, sha256: await sha256File(text), bytes: (await stat(text)).size, path: text })
  }
  return out
}

/** Passes a file's bytes on, counting them, and fails if they are not the ones the manifest names. */
function checked(entry: FileEntry, onBytes: (n: number) => void): Transform {
  const hash = createHash('sha256')
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk)
      onBytes(chunk.length)
      done(null, chunk)
    },
    flush(done) {
      const sha = hash.digest('hex')
      done(sha === entry.sha256 ? null : new Error(`${entry.name} changed while the bundle was written`))
    },
  })
}

export const recordCounts = (records: BundleRecords) =>
  Object.fromEntries(bundleKinds.map((k) => [k, records[k].length])) as Record<BundleKind, number>

export async function writeBundle(
  deps: WriteDeps,
  records: BundleRecords,
  selection: BundleSelection,
  target: string,
): Promise<{ entries: number; bytes: number }> {
  const body = Buffer.from(JSON.stringify(records))
  const files = await fileEntries(deps.paths, records)
  const recordsEntry = {
    name: RECORDS_NAME,
    sha256: createHash('sha256').update(body).digest('hex'),
    bytes: body.length,
  }
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_VERSION,
    appVersion: deps.appVersion,
    createdAt: deps.now,
    includes: {
      annotations: selection.annotations,
      facilitatorOnly: selection.annotations && selection.facilitatorOnly,
      workshops: records.workshops.length > 0,
      names: records.workshops.length > 0 && selection.names,
    },
    entries: [recordsEntry, ...files.map(({ name, sha256, bytes }) => ({ name, sha256, bytes }))],
  }
  const progress: WriteProgress = {
    entries: manifest.entries.length + 1,
    entriesDone: 0,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    bytesDone: 0,
    current: '',
  }
  const mtime = new Date(deps.now)
  const zip = new yazl.ZipFile()
  zip.addBuffer(body, RECORDS_NAME, { mtime })
  for (const file of files) {
    const pdf = file.name.endsWith('.pdf')
    zip.addReadStreamLazy(file.name, { mtime, size: file.bytes, compress: !pdf }, (give) => {
      progress.current = file.name
      progress.entriesDone++
      deps.onProgress?.({ ...progress })
      const source = createReadStream(file.path, { highWaterMark: 1024 * 1024 })
      const check = checked(file, (n) => (progress.bytesDone += n))
      source.on('error', (e) => check.destroy(e))
      give(null, source.pipe(check))
    })
  }
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 1)), MANIFEST_NAME, { mtime })
  zip.end()
  await placeDurably(target, (temp) =>
    pipeline(zip.outputStream, createWriteStream(temp), deps.signal ? { signal: deps.signal } : {}),
  )
  progress.entriesDone = progress.entries
  deps.onProgress?.({ ...progress, current: '' })
  return { entries: progress.entries, bytes: (await stat(target)).size }
}
