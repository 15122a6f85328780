/**
 * Importing PDFs. Each file is checked, hashed, extracted in a worker, then
 * stored: PDF and text first (atomically), the record last. So a failure or a
 * crash at any point leaves the library as it was; at worst content without a
 * record remains, which the start-up sweep removes. The same bytes imported twice
 * find the existing resource. One file's failure never stops the rest of a batch.
 *
 * Pages are handed on (`onPages`) as the workers extract them, under the id the record
 * will have, so search finds a long manual's pages while it is still being read; the text
 * file is still written once, whole, before the record. `onFileEnd` says when a file is
 * through (stored, found a duplicate or failed), so its pages can be indexed from the
 * stored text and the provisional ones dropped.
 */
import { basename } from 'node:path'
import type { ImportOutcome, ImportProgress } from '@shared/contract'
import { emptyResourceDetails, type Resource } from '@shared/model'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import type { DataPaths } from '../../paths'
import { isDiskFull } from '../../durable-write'
import type { Store } from '../../store/store'
import { newId, type Clock } from '../clock'
import { ExtractError, type ExtractionPool } from '../pdf/extraction-pool'
import type { Extracted } from '../pdf/extract-types'
import { removeContent, sha256File, storePdf, storeText } from './content-store'
import { trashedResources } from '../trash/trash'
import { cleanText } from '../pdf/extracted'
import { extractionMessage, notPdfMessage, preflight } from './pdf-checks'
import { detailsFor } from './details/details'

export interface ImportDeps {
  store: Store
  paths: DataPaths
  pool: ExtractionPool
  clock: Clock
  maxBytes: number
  onProgress?: (progress: ImportProgress) => void
  /** Pages `from`, `from + 1`, … of a file being imported, as they are extracted (any order between chunks). */
  onPages?: (resourceId: string, title: string, from: number, texts: string[]) => void
  /** A file's import is over; when it was imported, its record is in the store. */
  onFileEnd?: (resourceId: string, outcome: ImportOutcome) => Promise<void>
}

export interface ImportSource {
  path: string
  name?: string
  password?: string
  /**
   * Give the file to this existing record-only entry instead of creating one; the entry
   * keeps its own details. A file that is already another entry's is refused, naming it.
   */
  attachTo?: string
  /** the facilitator attached it (the record counts as edited); the starter's own PDFs do not */
  edited?: boolean
}

/** `ex` has been checked where the worker handed it over (pdf/extracted.ts). */
export function recordFor(
  name: string,
  sha: string,
  bytes: number,
  ex: Extracted,
  now: string,
  id: string = newId(),
): Resource {
  const hasText = ex.pages.some((p) => p.trim().length > 0)
  const { title, authors, year, language } = detailsFor(name, ex)
  return {
    id,
    createdAt: now,
    updatedAt: now,
    kind: 'document',
    title,
    ...emptyResourceDetails(),
    authors,
    summary: ex.subject,
    year,
    language,
    tags: hasText ? [] : ['no searchable text'],
    file: {
      sha256: sha,
      bytes,
      pages: ex.pages.length,
      originalName: cleanText(basename(name), 255) || 'file.pdf',
      outline: ex.outline,
      hasText,
    },
    source: 'import',
  }
}

async function extract(
  deps: ImportDeps,
  source: ImportSource,
  name: string,
  bytes: number,
  hasHeader: boolean,
  report: Report,
  onPages?: (from: number, texts: string[]) => void,
) {
  try {
    return await deps.pool.extract({ path: source.path, password: source.password, bytes, onProgress: report, onPages })
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error
    const unreadable = error.kind === 'invalid' || error.kind === 'error'
    const message = !hasHeader && unreadable ? notPdfMessage(name) : extractionMessage(name, error.kind, error.message)
    throw new ServiceError('import-failed', message)
  }
}

type Report = (done: number, pages: number) => void

/**
 * The checks every PDF passes before it is stored, whichever way it arrives (a file, a
 * bundle): size cap and header sniff, then extraction in a worker with its limits.
 */
export async function checkedExtraction(deps: ImportDeps, source: ImportSource, report: Report = () => undefined) {
  const name = source.name ?? basename(source.path)
  const { bytes, hasHeader } = await preflight(source.path, name, deps.maxBytes)
  return extract(deps, source, name, bytes, hasHeader, report)
}

async function importOne(deps: ImportDeps, source: ImportSource, report: Report, id: string) {
  const name = source.name ?? basename(source.path)
  const { bytes, hasHeader } = await preflight(source.path, name, deps.maxBytes)
  const sha = await sha256File(source.path)
  if (source.attachTo) ownerFor(deps.store.read().resources, source.attachTo, name, sha)
  const existing = deps.store.read().resources.find((r) => r.file?.sha256 === sha)
  if (existing) return { name, status: 'duplicate' as const, resourceId: existing.id, title: existing.title }
  const title = cleanText(basename(name))
  const onPages = deps.onPages && ((from: number, texts: string[]) => deps.onPages!(id, title, from, texts))
  const extracted = await extract(deps, source, name, bytes, hasHeader, report, onPages)
  await storeText(deps.paths, sha, extracted.pages)
  await storePdf(deps.paths, sha, source.path)
  const record = recordFor(name, sha, bytes, extracted, deps.clock.now(), id)
  const { resource: added, fresh } = await addRecord(deps, source, record, sha)
  const status = fresh ? ('imported' as const) : ('duplicate' as const)
  return { name, status, resourceId: added.id, title: added.title, pages: extracted.pages.length }
}

/** The record-only entry a file is attached to; refused when it is gone, has a file, or the file is another entry's. */
function ownerFor(resources: Resource[], id: string, name: string, sha: string): Resource {
  const owner = resources.find((r) => r.id === id)
  if (!owner) throw new ServiceError('not-found', userMessage('resource-gone'))
  if (owner.file) throw new ServiceError('conflict', userMessage('attach-has-file', { title: owner.title }))
  const other = resources.find((r) => r.file?.sha256 === sha)
  if (other) throw new ServiceError('conflict', userMessage('attach-other-entry', { name, title: other.title }))
  return owner
}

async function addRecord(deps: ImportDeps, source: ImportSource, record: Resource, sha: string) {
  try {
    return await deps.store.update((data): { resource: Resource; fresh: boolean } => {
      if (source.attachTo) {
        const owner = ownerFor(data.resources, source.attachTo, source.name ?? basename(source.path), sha)
        owner.file = record.file
        if (source.edited) owner.updatedAt = record.updatedAt
        return { resource: owner, fresh: true }
      }
      const raced = data.resources.find((r) => r.file?.sha256 === sha)
      if (raced) return { resource: raced, fresh: false }
      data.resources.push(record)
      return { resource: record, fresh: true }
    })
  } catch (error) {
    const data = deps.store.read()
    if (![...data.resources, ...trashedResources(data)].some((r) => r.file?.sha256 === sha))
      await removeContent(deps.paths, sha)
    throw error
  }
}

export async function importPdfs(deps: ImportDeps, sources: ImportSource[], batchId: string): Promise<ImportOutcome[]> {
  const pagesDone = new Map<number, number>()
  const pagesTotal = new Map<number, number>()
  let filesDone = 0
  const emit = (file: string) =>
    deps.onProgress?.({
      batchId,
      files: sources.length,
      filesDone,
      pages: [...pagesTotal.values()].reduce((a, b) => a + b, 0),
      pagesDone: [...pagesDone.values()].reduce((a, b) => a + b, 0),
      current: file,
    })
  const importOrFail = async (source: ImportSource, index: number, id: string): Promise<ImportOutcome> => {
    const name = source.name ?? basename(source.path)
    try {
      return await importOne(
        deps,
        source,
        (done, pages) => {
          pagesDone.set(index, done)
          pagesTotal.set(index, pages)
          emit(name)
        },
        id,
      )
    } catch (error) {
      if (error instanceof ServiceError) return { name, status: 'failed', message: error.message, said: error.said }
      if (isDiskFull(error)) {
        const said = userMessage('import-disk-full', { name })
        return { name, status: 'failed', message: said.text, said }
      }
      return { name, status: 'failed', message: `${name}: ${(error as Error).message}` }
    }
  }
  return Promise.all(
    sources.map(async (source, index): Promise<ImportOutcome> => {
      const id = source.attachTo ?? newId()
      const outcome = await importOrFail(source, index, id)
      try {
        await deps.onFileEnd?.(id, outcome)
      } finally {
        filesDone++
        emit(outcome.name)
      }
      return outcome
    }),
  )
}
