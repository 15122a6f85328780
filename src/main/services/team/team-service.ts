/**
 * The team folder while the app runs: one sync at a time (a request during a sync asks
 * for one more after it), a sync at start, on demand, every few minutes, and soon after
 * the folder's logs change (a watch where the file system offers one; a network share
 * often does not, and the timer covers it). Progress goes out as the app's one
 * `import:progress` event with batch `team:<n>`; the last result is kept for Settings.
 */
import { watch, type FSWatcher } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { DataPaths } from '../../paths'
import type { ImportProgress } from '@shared/contract'
import type { TeamChoices, TeamConfig, TeamStatus, TeamSyncResult } from '@shared/team'
import type { ImportDeps } from '../library/import'
import type { Clock } from '../clock'
import { emptyResult, syncTeam } from './team-sync'
import { installationId, readConfig, writeConfig } from './team-state'

export interface TeamDeps extends Omit<ImportDeps, 'onProgress'> {
  clock: Clock
  onProgress?: (p: ImportProgress) => void
  /** after a sync that changed the library (the search index follows) */
  onChanged?: (resourceIds: string[]) => void
}

const WATCH_SETTLE_MS = 2_000
const unreachable = new Set(['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EIO', 'EHOSTDOWN', 'ESTALE', 'ENOTCONN'])

/** Staging folders a sync interrupted by a crash left behind. */
export async function sweepTeamStaging(paths: DataPaths): Promise<void> {
  for (const name of await readdir(paths.root).catch(() => [] as string[]))
    if (name.startsWith('team-staging-')) await rm(join(paths.root, name), { recursive: true, force: true })
}

export class TeamService {
  private config: TeamConfig | null = null
  private id = ''
  private running: Promise<TeamSyncResult> | null = null
  private again = false
  private last: TeamSyncResult | null = null
  private timer: NodeJS.Timeout | null = null
  private watcher: FSWatcher | null = null
  private settle: NodeJS.Timeout | null = null
  private jobs = 0
  private others = 0

  constructor(private readonly deps: TeamDeps) {}

  async start(): Promise<void> {
    this.id = await installationId(this.deps.paths)
    this.config = await readConfig(this.deps.paths)
    this.schedule()
    if (this.config.folder) void this.syncNow().catch(() => undefined)
  }

  status(): TeamStatus {
    return {
      installationId: this.id,
      config: this.config!,
      syncing: this.running !== null,
      last: this.last,
      others: this.others,
    }
  }

  async configure(choices: TeamChoices): Promise<TeamStatus> {
    return this.use({ ...this.config!, ...choices })
  }

  /** The folder the desktop's dialog or browser mode's `--team DIR` named (null: leave it). */
  async setFolder(folder: string | null): Promise<TeamStatus> {
    return this.use({ ...this.config!, folder: folder && resolve(folder) })
  }

  private async use(config: TeamConfig): Promise<TeamStatus> {
    await writeConfig(this.deps.paths, config)
    this.config = config
    this.schedule()
    if (config.folder) void this.syncNow().catch(() => undefined)
    return this.status()
  }

  /** Answers when a sync that began after this call has ended. */
  async syncNow(): Promise<TeamSyncResult> {
    if (this.running) {
      this.again = true
      await this.running.catch(() => undefined)
      return this.running ?? this.syncNow()
    }
    this.running = this.once()
    try {
      return await this.running
    } finally {
      this.running = null
      if (this.again) {
        this.again = false
        void this.syncNow().catch(() => undefined)
      }
    }
  }

  private async once(): Promise<TeamSyncResult> {
    const batchId = `team:${++this.jobs}`
    const progress = (p: ImportProgress) => this.deps.onProgress?.({ ...p, batchId })
    progress({ batchId, files: 0, filesDone: 0, pages: 0, pagesDone: 0, current: '' })
    let result: TeamSyncResult
    try {
      const { resourceIds, ...synced } = await syncTeam(
        { ...this.deps, installationId: this.id, onProgress: progress },
        this.config!,
      )
      result = synced
      if (synced.added || synced.updated || synced.keptBoth) this.deps.onChanged?.(resourceIds)
    } catch (error) {
      // the folder went away in the middle (a share unmounted): what was done stays, the rest waits
      if (!unreachable.has((error as NodeJS.ErrnoException).code ?? '')) throw error
      result = { ...emptyResult(this.deps.clock.now()), unavailable: true }
    }
    this.others = result.unavailable ? this.others : result.logsRead
    this.last = result
    progress({ batchId, files: 1, filesDone: 1, pages: 0, pagesDone: 0, current: '' })
    return result
  }

  private schedule() {
    this.stopTimers()
    const folder = this.config?.folder
    if (!folder) return
    this.timer = setInterval(() => void this.syncNow().catch(() => undefined), this.config!.everyMinutes * 60_000)
    this.timer.unref()
    try {
      this.watcher = watch(join(folder, 'logs'), () => {
        if (this.settle) clearTimeout(this.settle)
        this.settle = setTimeout(() => void this.syncNow().catch(() => undefined), WATCH_SETTLE_MS)
        this.settle.unref()
      })
      this.watcher.on('error', () => this.watcher?.close())
    } catch {
      this.watcher = null
    }
  }

  private stopTimers() {
    if (this.timer) clearInterval(this.timer)
    if (this.settle) clearTimeout(this.settle)
    this.watcher?.close()
    this.timer = this.settle = this.watcher = null
  }

  async close(): Promise<void> {
    this.stopTimers()
    await this.running?.catch(() => undefined)
  }
}
