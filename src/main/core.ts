/**
 * What both hosts start the same way: take the data folder (lock), open the
 * store, tidy what an interrupted run left, load the starter library on first
 * run, start the extraction workers, and build the dispatcher.
 */
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import type { AppInfo } from '@shared/contract'
import type { UserMessage } from '@shared/user-message'
import { acquireDataLock } from './data-lock'
import { createDispatcher, type Dispatch } from './dispatch'
import { createEvents, type Events } from './events'
import { announceChanges } from './data-events'
import { createHandlers } from './handlers'
import { dataPaths, type DataPaths } from './paths'
import { openStore } from './store/open-store'
import { PickedFiles } from './services/library/picked-files'
import { removeLeftoverTemps } from './durable-write'
import type { Store } from './store/store'
import { readStarterLibrary, seedStarterLibrary, starterPdfSources } from './services/library/starter'
import { systemClock } from './services/clock'
import { createExtractionPool, type ExtractionPool } from './services/pdf/extraction-pool'
import { tidyLibrary } from './services/library/library'
import { emptyOldTrash } from './services/trash/trash'
import { clearUploads } from './services/library/uploads'
import { importPdfs } from './services/library/import'
import { DEFAULT_MAX_BYTES } from './services/library/pdf-checks'
import { SearchService } from './services/search/search-service'
import { BundleJobs, sweepBundleLeftovers } from './services/bundle/bundles'
import type { BundleDialogs } from './handlers'
import { seedTimeline } from './services/timeline/timeline'
import { TeamService, sweepTeamStaging } from './services/team/team-service'
import { seedGlossary } from './services/glossary/glossary'
import { seedScenarios } from './services/scenarios/scenarios'
import { seedMethods } from './services/methods/methods'
import { addStarterTranslations } from './services/library/starter-translations'
import { scheduleSnapshots } from './services/backups/schedule'
import { filesNamedBySnapshots } from './services/backups/snapshot-files'
import type { HandlerDeps } from './handlers'
import { createParticipantShare } from './services/share/participant-share'
import { extraAddresses } from './services/share/interfaces'
import { startFirstPagePictures, type FirstPagePictures } from './services/reader/first-page-pictures'
import { startPictureThread } from './services/pdf/picture-thread'
import { createPicturesFirst, type PicturesFirst } from './services/reader/pictures-first'
import { leadsToReader } from './services/reader/reader-channels'
import { warmUpPage } from './services/reader/opening-picture'

export interface Core {
  dispatch: Dispatch
  picked: PickedFiles
  paths: DataPaths
  store: Store
  events: Events
  pool: ExtractionPool
  search: SearchService
  /** Settles when the search index is loaded (or rebuilt) and in step with the library. */
  searchReady: Promise<unknown>
  /** bundle jobs: browser mode's download route takes finished bundles from here */
  bundles: BundleJobs
  /** the team folder's syncs */
  team: TeamService
  /** page-1 pictures drawn in the background; null where the host gave no worker for them */
  pictures: FirstPagePictures | null
  /** the hosts serve a library file once the picture of the page being opened is answered */
  picturesFirst: PicturesFirst
  notices: UserMessage[]
  maxBytes: number
  version: string
  /** a snapshot of db.json now, between changes (answers its name) */
  snapshot(reason: string): Promise<string>
  close(): Promise<void>
}

export interface CoreOptions {
  dataDir: string
  resourcesDir: string
  /** out/main/extract-worker.js */
  workerPath: string
  /** out/main/picture-worker.js: page-1 pictures for documents never opened (none without it) */
  pictureWorkerPath?: string
  host: AppInfo['host']
  version: string
  pickFiles?: () => Promise<string[]>
  pickFolder?: HandlerDeps['pickFolder']
  /** how the data folder was chosen, where a move is remembered, and how the host restarts on a new one */
  dataFolder?: HandlerDeps['dataFolder']
  bundleDialogs?: BundleDialogs
}

async function loadStarter(store: Store, pool: ExtractionPool, paths: DataPaths, resourcesDir: string) {
  const entries = await readStarterLibrary(resourcesDir)
  await seedStarterLibrary(store, entries, systemClock)
  const sources = starterPdfSources(store, entries, resourcesDir).filter((s) => existsSync(s.path))
  if (sources.length) {
    await importPdfs({ store, paths, pool, clock: systemClock, maxBytes: DEFAULT_MAX_BYTES }, sources, 'starter')
  }
}

export async function startCore(options: CoreOptions): Promise<Core> {
  const paths = dataPaths(options.dataDir)
  await mkdir(paths.root, { recursive: true })
  const release = acquireDataLock(paths.lock, paths.root)
  const pool = createExtractionPool({ workerPath: options.workerPath })
  try {
    await clearUploads(paths)
    await sweepBundleLeftovers(paths)
    await sweepTeamStaging(paths)
    for (const dir of [paths.files, paths.text, paths.index, paths.previews, paths.backups, paths.uploads])
      await mkdir(dir, { recursive: true })
    const events = createEvents()
    const notices: UserMessage[] = []
    const notify = (message: UserMessage) => {
      if (!notices.some((n) => n.text === message.text)) notices.push(message)
      events.emit('app:notice', message)
    }
    const opened = await openStore({ dbPath: paths.db, backupsDir: paths.backups, notify })
    const { store } = opened
    notices.push(...opened.notices)
    announceChanges(store, events)
    await removeLeftoverTemps(paths.index)
    await emptyOldTrash(store, systemClock)
    await tidyLibrary(store, paths, await filesNamedBySnapshots(paths.backups))
    await loadStarter(store, pool, paths, options.resourcesDir)
    await seedTimeline(store, options.resourcesDir, systemClock)
    await seedGlossary(store, options.resourcesDir, systemClock)
    await seedScenarios(store, options.resourcesDir, systemClock)
    await seedMethods(store, options.resourcesDir, systemClock)
    await addStarterTranslations(store, options.resourcesDir)
    // the first run's snapshot holds the starter library; then one on schedule while the app runs
    const schedule = scheduleSnapshots({ store, backupsDir: paths.backups, snapshot: opened.snapshot, notify })
    await schedule.tick()
    const search = new SearchService(store, paths, notify)
    const searchReady = search.load().catch((error: unknown) => console.error('search index:', error))
    void searchReady.then(() => search.warm()).catch(() => undefined)
    const waitingSearch = {
      query: async (...args: Parameters<SearchService['query']>) => (await searchReady, search.query(...args)),
      syncResource: async (id: string) => (await searchReady, search.syncResource(id)),
      rebuildMeta: () => search.rebuildMeta(),
      addImportingPages: search.addImportingPages.bind(search),
      fileImported: async (...args: Parameters<SearchService['fileImported']>) => (
        await searchReady,
        search.fileImported(...args)
      ),
    }
    const picked = new PickedFiles()
    const bundles = new BundleJobs()
    const team = new TeamService({
      store,
      paths,
      pool,
      clock: systemClock,
      maxBytes: DEFAULT_MAX_BYTES,
      onProgress: (p) => events.emit('import:progress', p),
      onChanged: (ids) => {
        waitingSearch.rebuildMeta()
        for (const id of ids) void waitingSearch.syncResource(id).catch(() => undefined)
      },
    })
    await team.start()
    const share = createParticipantShare({
      store,
      events,
      paths,
      clock: systemClock,
      extraAddresses: extraAddresses(process.env.TC_SHARE_EXTRA_ADDRESSES),
    })
    const busy = () => pool.busy()
    const pictureThread = options.pictureWorkerPath
      ? startPictureThread({ workerPath: options.pictureWorkerPath, busy, warmUp: () => warmUpPage(store, paths) })
      : null
    const pictures = pictureThread ? startFirstPagePictures({ store, paths, thread: pictureThread, busy }) : null
    const handlers = createHandlers({
      team,
      ...options,
      picked,
      bundles,
      share,
      store,
      paths,
      notices,
      events,
      pool,
      pictureThread,
      search: waitingSearch,
      clock: systemClock,
      snapshot: opened.snapshot,
    })
    const dispatch = createDispatcher(handlers)
    return {
      dispatch: (channel, input, caller) => {
        if (leadsToReader(channel)) pictureThread?.warm()
        return dispatch(channel, input, caller)
      },
      picturesFirst: createPicturesFirst(),
      picked,
      paths,
      store,
      events,
      pool,
      search,
      searchReady,
      bundles,
      team,
      pictures,
      notices,
      maxBytes: DEFAULT_MAX_BYTES,
      version: options.version,
      snapshot: opened.snapshot,
      close: async () => {
        await share.close()
        schedule.stop()
        await team.close()
        // told first: a page-1 picture answered "closing" is not taken for a file that cannot be drawn
        const picturesClosed = pictures?.close()
        await pictureThread?.close()
        await picturesClosed
        await store.idle()
        await searchReady
        await search.close()
        await pool.close()
        release()
      },
    }
  } catch (error) {
    await pool.close()
    release()
    throw error
  }
}
