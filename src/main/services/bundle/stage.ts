/**
 * Everything a bundle holds is checked in a staging folder before the library is
 * touched: the zip itself (read-zip.ts), the manifest (format, version, every entry's
 * sha256 and size), the records (the schemas the library is read with, and their PDFs
 * present), and each PDF new to this library through the same checks and limits as any
 * import (size, header, extraction in a worker). What passes waits in the staging folder
 * for the facilitator's go-ahead; whatever fails removes the folder and says why.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import type { Entry, ZipFile } from 'yauzl'
import {
  BUNDLE_VERSION,
  BundleRecords,
  MANIFEST_NAME,
  Manifest,
  ManifestHead,
  PageTextFile,
  RECORDS_NAME,
} from '@shared/bundle'
import { ServiceError } from '@shared/result'
import { megabytes } from '@shared/text'
import type { DataPaths } from '../../paths'
import { checkedExtraction, type ImportDeps } from '../library/import'
import { trashedResources } from '../trash/trash'
import { inflateEntry, listEntries, openZip, refuse, stagedFile, type Counter, type ZipLimits } from './read-zip'

export interface StageProgress {
  files: number
  filesDone: number
  pages: number
  pagesDone: number
  current: string
}

export interface StageDeps extends Omit<ImportDeps, 'onProgress'> {
  limits: ZipLimits
  signal?: AbortSignal
  onProgress?: (p: StageProgress) => void
}

export interface Staged {
  id: string
  dir: string
  fileName: string
  manifest: Manifest
  records: BundleRecords
  /** sha256 → staged PDF and its page text (as this app extracts it), for PDFs new to this library */
  newFiles: Map<string, { pdf: string; text: string }>
}

export const stagingDir = (paths: DataPaths, id: string) => join(paths.root, `bundle-staging-${id}`)

const ALLOWED = /^(records\.json|files\/[0-9a-f]{64}\.pdf|text\/[0-9a-f]{64}\.json)$/

const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0]
  return issue ? `${issue.path.join('.') || 'top'}: ${issue.message}` : 'invalid'
}

async function readJson(path: string, name: string, id: 'bundle-bad-manifest' | 'bundle-bad-records') {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown
  } catch (error) {
    throw refuse(name, id, { detail: (error as Error).message.slice(0, 200) })
  }
}

async function readManifest(zip: ZipFile, entries: Map<string, Entry>, dir: string, name: string, deps: StageDeps) {
  const entry = entries.get(MANIFEST_NAME)
  if (!entry) throw refuse(name, 'bundle-no-manifest')
  if (entry.uncompressedSize > deps.limits.maxJsonBytes)
    throw refuse(name, 'bundle-too-large', { limit: megabytes(deps.limits.maxJsonBytes), detail: MANIFEST_NAME })
  const path = stagedFile(dir, 0)
  await inflateEntry(zip, entry, path, name, deps.limits, { total: 0 }, deps.signal)
  const json = await readJson(path, name, 'bundle-bad-manifest')
  const head = ManifestHead.safeParse(json)
  if (!head.success) throw refuse(name, 'bundle-bad-manifest', { detail: firstIssue(head.error) })
  if (head.data.formatVersion > BUNDLE_VERSION)
    throw refuse(name, 'bundle-too-new', { version: head.data.formatVersion, known: BUNDLE_VERSION })
  const manifest = Manifest.safeParse(json)
  if (!manifest.success) throw refuse(name, 'bundle-bad-manifest', { detail: firstIssue(manifest.error) })
  return manifest.data
}

/** The zip and its manifest must name the same entries, each of a kind a bundle holds. */
function crossCheck(manifest: Manifest, entries: Map<string, Entry>, name: string, limits: ZipLimits) {
  const listed = new Set<string>()
  for (const e of manifest.entries) {
    if (e.name === RECORDS_NAME && e.bytes > limits.maxJsonBytes)
      throw refuse(name, 'bundle-too-large', { limit: megabytes(limits.maxJsonBytes), detail: RECORDS_NAME })
    if (!ALLOWED.test(e.name) || listed.has(e.name))
      throw refuse(name, 'bundle-bad-manifest', { detail: `entry ${e.name.slice(0, 100)}` })
    listed.add(e.name)
    const inZip = entries.get(e.name)
    if (!inZip) throw refuse(name, 'bundle-unlisted', { entry: e.name })
    if (inZip.uncompressedSize !== e.bytes)
      throw refuse(name, 'bundle-size-mismatch', { entry: e.name, actual: inZip.uncompressedSize, expected: e.bytes })
    const shaInName = /[0-9a-f]{64}/.exec(e.name)?.[0]
    if (e.name.startsWith('files/') && shaInName !== e.sha256)
      throw refuse(name, 'bundle-hash-mismatch', { entry: e.name })
  }
  for (const entryName of entries.keys())
    if (entryName !== MANIFEST_NAME && !listed.has(entryName))
      throw refuse(name, 'bundle-unlisted', { entry: entryName })
  if (!listed.has(RECORDS_NAME)) throw refuse(name, 'bundle-unlisted', { entry: RECORDS_NAME })
}

async function inflateAll(
  zip: ZipFile,
  entries: Map<string, Entry>,
  manifest: Manifest,
  dir: string,
  name: string,
  deps: StageDeps,
) {
  const staged = new Map<string, string>()
  const counter: Counter = { total: 0 }
  const progress: StageProgress = { files: manifest.entries.length, filesDone: 0, pages: 0, pagesDone: 0, current: '' }
  for (const [index, e] of manifest.entries.entries()) {
    const path = stagedFile(dir, index + 1)
    deps.onProgress?.({ ...progress, current: e.name })
    const got = await inflateEntry(zip, entries.get(e.name)!, path, name, deps.limits, counter, deps.signal)
    if (got.bytes !== e.bytes)
      throw refuse(name, 'bundle-size-mismatch', { entry: e.name, actual: got.bytes, expected: e.bytes })
    if (got.sha256 !== e.sha256) throw refuse(name, 'bundle-hash-mismatch', { entry: e.name })
    staged.set(e.name, path)
    progress.filesDone++
  }
  return staged
}

async function readRecords(staged: Map<string, string>, name: string): Promise<BundleRecords> {
  const path = staged.get(RECORDS_NAME)!
  const json = await readJson(path, name, 'bundle-bad-records')
  const parsed = BundleRecords.safeParse(json)
  if (!parsed.success) throw refuse(name, 'bundle-bad-records', { detail: firstIssue(parsed.error) })
  for (const r of parsed.data.resources) {
    if (!r.file) continue
    for (const entry of [`files/${r.file.sha256}.pdf`, `text/${r.file.sha256}.json`])
      if (!staged.has(entry)) throw refuse(name, 'bundle-bad-records', { detail: `${r.title}: ${entry} is missing` })
  }
  for (const [entry, path] of staged) {
    if (!entry.startsWith('text/')) continue
    const text = PageTextFile.safeParse(await readJson(path, name, 'bundle-bad-records'))
    if (!text.success || !entry.includes(text.data.sha256))
      throw refuse(name, 'bundle-bad-records', {
        detail: `${entry}: ${text.success ? 'wrong file' : firstIssue(text.error)}`,
      })
  }
  return parsed.data
}

/** PDFs this library does not hold yet pass the import's checks; their text is extracted here, as any import's. */
async function checkNewPdfs(
  deps: StageDeps,
  records: BundleRecords,
  staged: Map<string, string>,
  dir: string,
  name: string,
) {
  const data = deps.store.read()
  const held = new Set([...data.resources, ...trashedResources(data)].flatMap((r) => (r.file ? [r.file.sha256] : [])))
  const fresh = new Map(
    records.resources.filter((r) => r.file && !held.has(r.file.sha256)).map((r) => [r.file!.sha256, r]),
  )
  const done = new Map<number, number>()
  const totals = new Map<number, number>()
  const newFiles: Staged['newFiles'] = new Map()
  await Promise.all(
    [...fresh.entries()].map(async ([sha, r], i) => {
      const pdf = staged.get(`files/${sha}.pdf`)!
      try {
        const extracted = await checkedExtraction(deps, { path: pdf, name: r.file!.originalName }, (d, p) => {
          done.set(i, d)
          totals.set(i, p)
          const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0)
          deps.onProgress?.({
            files: fresh.size,
            filesDone: 0,
            pages: sum(totals),
            pagesDone: sum(done),
            current: r.title,
          })
        })
        const text = join(dir, `text-${sha}.json`)
        await writeFile(text, JSON.stringify({ sha256: sha, pages: extracted.pages }))
        newFiles.set(sha, { pdf, text })
      } catch (error) {
        if (error instanceof ServiceError) throw refuse(name, 'bundle-bad-pdf', { detail: error.message })
        throw error
      }
    }),
  )
  return newFiles
}

export async function stageBundle(deps: StageDeps, zipPath: string, fileName: string): Promise<Staged> {
  const id = randomBytes(16).toString('hex')
  const dir = stagingDir(deps.paths, id)
  await mkdir(dir)
  let zip: ZipFile | null = null
  try {
    zip = await openZip(zipPath, fileName)
    const entries = await listEntries(zip, fileName, deps.limits)
    const manifest = await readManifest(zip, entries, dir, fileName, deps)
    crossCheck(manifest, entries, fileName, deps.limits)
    const staged = await inflateAll(zip, entries, manifest, dir, fileName, deps)
    zip.close()
    zip = null
    deps.signal?.throwIfAborted()
    const records = await readRecords(staged, fileName)
    const newFiles = await checkNewPdfs(deps, records, staged, dir, fileName)
    // a PDF being checked cannot be stopped half-way; a cancel then takes effect here
    deps.signal?.throwIfAborted()
    return { id, dir, fileName, manifest, records, newFiles }
  } catch (error) {
    zip?.close()
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}
