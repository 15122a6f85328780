/**
 * Restoring a full backup: a folder (desktop) or an uploaded archive (browser mode,
 * unpacked first into uploads/<id>.d with tar.ts's limits). Before anything is written
 * to the library, the manifest is read and every file it lists is hashed and compared;
 * db.json must read as a library this app knows. The PDFs and page text are then put
 * in place (durably, each checked again as it is copied) before the records that point
 * at them.
 */
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, existsSync } from 'node:fs'
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { createGunzip } from 'node:zlib'
import { pipeline } from 'node:stream/promises'
import type { BackupProgress, RestoreDone, RestorePreview } from '@shared/backups'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import { salvage } from '../../store/salvage'
import type { Data } from '../../store/schema'
import { placeDurably } from '../../durable-write'
import { backupEntryName, Manifest, MANIFEST, type ManifestEntry } from './manifest'
import { extractTar } from './tar'
import { hashFile, hashing } from './hashing'

export { hashFile }
import { keepCurrent, previewOf, replaceLibrary, type RestoreDeps } from './restore'

export interface OpenedBackup {
  folder: string
  manifest: Manifest
  data: Data
}

const invalid = (detail: string) => new ServiceError('restore-failed', userMessage('backup-invalid', { detail }))
const damaged = (name: string, detail: string) =>
  new ServiceError('restore-failed', userMessage('backup-damaged', { name, detail }))

async function readManifest(folder: string): Promise<Manifest> {
  const text = await readFile(join(folder, MANIFEST), 'utf8').catch(() => undefined)
  if (text === undefined) throw invalid(`no ${MANIFEST}`)
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw invalid(`${MANIFEST} does not parse`)
  }
  const parsed = Manifest.safeParse(raw)
  if (!parsed.success) throw invalid(`${MANIFEST}: ${parsed.error.issues[0]?.message ?? 'not a manifest'}`)
  if (parsed.data.version > 1) throw invalid(`backup format ${parsed.data.version} is newer than this app`)
  const names = parsed.data.entries.map((e) => e.name)
  if (new Set(names).size !== names.length) throw invalid(`${MANIFEST} lists a file twice`)
  if (!names.includes('db.json')) throw invalid(`${MANIFEST} has no db.json`)
  return parsed.data
}

async function checkEntry(folder: string, entry: ManifestEntry): Promise<void> {
  const path = join(folder, entry.name)
  const info = await stat(path).catch(() => null)
  if (!info?.isFile()) throw damaged(entry.name, 'is missing')
  if (info.size !== entry.bytes) throw damaged(entry.name, `has ${info.size} bytes, not ${entry.bytes}`)
  if ((await hashFile(path)) !== entry.sha256) throw damaged(entry.name, 'does not match its checksum')
  const sha = /^(?:files|text)\/([0-9a-f]{64})\./.exec(entry.name)?.[1]
  if (entry.name.startsWith('files/') && sha !== entry.sha256) throw damaged(entry.name, 'is not the PDF its name says')
}

/** Reads and checks a backup folder; refuses (nothing written anywhere) if any file is not as listed. */
export async function openBackupFolder(folder: string): Promise<OpenedBackup> {
  const manifest = await readManifest(folder)
  for (const entry of manifest.entries) await checkEntry(folder, entry)
  const raw: unknown = JSON.parse(await readFile(join(folder, 'db.json'), 'utf8').catch(() => 'null'))
  const outcome = salvage(raw)
  if (outcome.kind === 'future')
    throw new ServiceError('restore-failed', userMessage('backup-too-new', { version: outcome.version }))
  if (outcome.kind !== 'ok') throw invalid(`db.json: ${outcome.reason}`)
  return { folder, manifest, data: outcome.data }
}

export const BACKUP_UPLOAD_MAX = 64 * 1024 * 1024 * 1024

/** Unpacks an uploaded archive (tar, gzipped or not) beside it, once; answers the folder. */
export async function stageUpload(archive: string): Promise<string> {
  const folder = `${archive}.d`
  if (existsSync(folder)) return folder
  if (!existsSync(archive)) throw invalid('the upload is no longer here: upload it again')
  const staging = `${folder}.part`
  await rm(staging, { recursive: true, force: true })
  await mkdir(join(staging, 'files'), { recursive: true })
  await mkdir(join(staging, 'text'), { recursive: true })
  try {
    const head = Buffer.alloc(2)
    const fd = await open(archive, 'r')
    await fd.read(head, 0, 2, 0).finally(() => fd.close())
    const gz = head[0] === 0x1f && head[1] === 0x8b
    const limits = {
      allowed: (name: string) => name === MANIFEST || backupEntryName.test(name),
      maxEntries: 500_000,
      maxBytes: BACKUP_UPLOAD_MAX,
    }
    const source = gz ? createReadStream(archive).pipe(createGunzip()) : createReadStream(archive)
    await extractTar(source, staging, limits)
    await rename(staging, folder)
    await rm(archive, { force: true })
    return folder
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    if (error instanceof ServiceError) throw error
    throw invalid(error instanceof Error ? error.message : String(error))
  }
}

export async function previewBackup(deps: RestoreDeps, folder: string): Promise<RestorePreview> {
  const opened = await openBackupFolder(folder)
  const carried = new Set(opened.manifest.entries.flatMap((e) => (e.name.startsWith('files/') ? [e.sha256] : [])))
  return previewOf(deps, opened.data, opened.manifest.createdAt, carried)
}

async function copyChecked(from: string, to: string, sha256: string): Promise<void> {
  await placeDurably(to, async (temp) => {
    const hash = createHash('sha256')
    await pipeline(createReadStream(from, { highWaterMark: 1 << 20 }), hashing(hash), createWriteStream(temp))
    if (hash.digest('hex') !== sha256) throw new Error(`${from} changed while it was being copied`)
  })
}

export async function restoreBackup(
  deps: RestoreDeps,
  folder: string,
  onProgress?: (p: BackupProgress) => void,
): Promise<RestoreDone> {
  const opened = await openBackupFolder(folder)
  const keptAs = await keepCurrent(deps)
  const files = opened.manifest.entries.filter((e) => e.name !== 'db.json')
  const bytes = files.reduce((n, e) => n + e.bytes, 0)
  let copied = 0
  let bytesDone = 0
  for (const entry of files) {
    const [kind, file] = entry.name.split('/') as ['files' | 'text', string]
    const target = join(kind === 'files' ? deps.paths.files : deps.paths.text, file)
    const here = await stat(target).catch(() => null)
    if (!here || here.size !== entry.bytes || (await hashFile(target)) !== entry.sha256) {
      await copyChecked(join(folder, entry.name), target, entry.sha256)
      copied++
    }
    bytesDone += entry.bytes
    onProgress?.({ work: 'restore', filesDone: copied, files: files.length, bytesDone, bytes })
  }
  return replaceLibrary(deps, opened.data, keptAs, copied)
}
