/**
 * The bundle channels' work, host-neutral: export (to a path the desktop's save dialog
 * chose, or to a file browser mode then streams as a download), preview (stage and
 * plan, nothing written to the library), apply and discard. Long work is cancellable
 * by its job id and reports through the app's one progress event (`import:progress`,
 * batch `bundle:<job>`), like an import.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readdir, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { BundleApplied, BundlePreview, BundleSelection, BundleWritten, ConflictChoice } from '@shared/bundle'
import type { ImportProgress } from '@shared/contract'
import { ServiceError } from '@shared/result'
import { fileSafeName } from '@shared/text'
import { userMessage } from '@shared/user-message'
import type { Store } from '../../store/store'
import type { DataPaths } from '../../paths'
import type { Clock } from '../clock'
import type { ExtractionPool } from '../pdf/extraction-pool'
import { applyBundle } from './apply-bundle'
import { countActions, planMerge } from './merge-plan'
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './read-zip'
import { selectRecords } from './select'
import { stageBundle, type Staged } from './stage'
import { recordCounts, writeBundle } from './write-bundle'

export interface BundleDeps {
  store: Store
  paths: DataPaths
  clock: Clock
  pool: ExtractionPool
  maxBytes: number
  version: string
  limits?: ZipLimits
  onProgress?: (p: ImportProgress) => void
}

export const downloadsDir = (paths: DataPaths) => join(paths.root, 'bundle-downloads')

/** Staging and download folders an interrupted run left behind. */
export async function sweepBundleLeftovers(paths: DataPaths): Promise<void> {
  for (const name of await readdir(paths.root).catch(() => [] as string[]))
    if (name.startsWith('bundle-staging-') || name === 'bundle-downloads')
      await rm(join(paths.root, name), { recursive: true, force: true })
}

const cancelled = () => new ServiceError('import-failed', userMessage('bundle-canceled'))

export function bundleFileName(store: Store, s: BundleSelection, now: string): string {
  const pack = s.linked && s.workshops.length === 1 ? store.read().workshops.find((w) => w.id === s.workshops[0]) : null
  if (pack) return `${fileSafeName(pack.title, 'workshop')} - pack.zip`
  return `training-companion-bundle-${now.slice(0, 10)}.zip`
}

export class BundleJobs {
  private readonly running = new Map<string, AbortController>()
  private readonly staged = new Map<string, Staged>()
  private readonly downloads = new Map<string, { path: string; fileName: string }>()

  cancel(jobId: string): void {
    this.running.get(jobId)?.abort()
  }

  private async job<T>(jobId: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController()
    this.running.set(jobId, controller)
    try {
      return await work(controller.signal)
    } catch (error) {
      if (controller.signal.aborted) throw cancelled()
      throw error
    } finally {
      this.running.delete(jobId)
    }
  }

  /** `target`: where the desktop's dialog said; without it the bundle waits for browser mode's download. */
  async export(deps: BundleDeps, selection: BundleSelection, jobId: string, target?: string): Promise<BundleWritten> {
    const now = deps.clock.now()
    const records = selectRecords(deps.store.read(), selection)
    const fileName = target ? basename(target) : bundleFileName(deps.store, selection, now)
    const downloadId = target ? null : randomBytes(16).toString('hex')
    if (!target) await mkdir(downloadsDir(deps.paths), { recursive: true })
    const path = target ?? join(downloadsDir(deps.paths), `${downloadId}.zip`)
    const written = await this.job(jobId, (signal) =>
      writeBundle(
        {
          paths: deps.paths,
          appVersion: deps.version,
          now,
          signal,
          onProgress: (p) =>
            deps.onProgress?.({
              batchId: `bundle:${jobId}`,
              files: p.entries,
              filesDone: p.entriesDone,
              pages: 0,
              pagesDone: 0,
              bytes: p.bytes,
              bytesDone: p.bytesDone,
              current: p.current,
            }),
        },
        records,
        selection,
        path,
      ),
    )
    if (downloadId) this.downloads.set(downloadId, { path, fileName })
    return { fileName, ...written, records: recordCounts(records), downloadId }
  }

  /** Browser mode's download route takes the file once; it is removed after it is sent. */
  takeDownload(id: string): { path: string; fileName: string } | null {
    const found = this.downloads.get(id) ?? null
    this.downloads.delete(id)
    return found
  }

  async preview(deps: BundleDeps, zipPath: string, fileName: string, jobId: string): Promise<BundlePreview> {
    const staged = await this.job(jobId, (signal) =>
      stageBundle(
        {
          ...deps,
          limits: deps.limits ?? DEFAULT_ZIP_LIMITS,
          signal,
          onProgress: (p) => deps.onProgress?.({ batchId: `bundle:${jobId}`, ...p }),
        },
        zipPath,
        fileName,
      ),
    )
    for (const old of this.staged.keys()) await this.discard(old)
    this.staged.set(staged.id, staged)
    const items = planMerge(staged.records, deps.store.read()).items.map(({ record: _r, ours: _o, ...item }) => item)
    const { createdAt, appVersion, includes } = staged.manifest
    return { previewId: staged.id, fileName, createdAt, appVersion, includes, items, counts: countActions(items) }
  }

  async apply(
    deps: BundleDeps,
    previewId: string,
    choices: Record<string, ConflictChoice>,
  ): Promise<BundleApplied & { resourceIds: string[] }> {
    const staged = this.staged.get(previewId)
    if (!staged) throw new ServiceError('not-found', userMessage('bundle-preview-gone'))
    try {
      return await applyBundle(deps, staged, choices)
    } finally {
      await this.discard(previewId)
    }
  }

  async discard(previewId: string): Promise<void> {
    const staged = this.staged.get(previewId)
    this.staged.delete(previewId)
    if (staged) await rm(staged.dir, { recursive: true, force: true })
  }
}
