/**
 * Maps every contract channel to a service call. This object's keys must be
 * exactly the contract's channels (the Handlers type enforces it; a test proves it).
 */
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import type { AppInfo, Input } from '@shared/contract'
import type { DataFolderMode } from '@shared/backups'
import { ServiceError } from '@shared/result'
import { userMessage, type UserMessage } from '@shared/user-message'
import type { Handlers } from './dispatch'
import type { Events } from './events'
import type { Store } from './store/store'
import { readSetAside } from './store/set-aside'
import type { DataPaths } from './paths'
import type { Clock } from './services/clock'
import { exportedFile } from './services/exported-file'
import type { ExtractionPool } from './services/pdf/extraction-pool'
import { getSettings, setSettings } from './services/settings/settings'
import { deleteResource, editResource, getResource, listResources } from './services/library/library'
import { importPdfs, type ImportSource } from './services/library/import'
import { DEFAULT_MAX_BYTES } from './services/library/pdf-checks'
import { removeUpload } from './services/library/uploads'
import type { PickedFiles } from './services/library/picked-files'
import { BundleJobs, bundleFileName, type BundleDeps } from './services/bundle/bundles'
import type { SearchService } from './services/search/search-service'
import {
  addNote,
  createWorkshop,
  getWorkshop,
  listWorkshops,
  runBlock,
  editWorkshop,
  editWorkshopList,
} from './services/workshops/workshops'
import { composeDraft, deleteNote, deleteWorkshop } from './services/workshops/workshop-trash'
import { deleteTemplate, listTemplates, saveTemplate } from './services/workshops/templates'
import { listTrash, restoreFromTrash } from './services/trash/trash'
import {
  calendarEntries,
  createTimelineEvent,
  deleteTimelineEvent,
  listTimeline,
  timelineIcs,
  editTimelineEvent,
} from './services/timeline/timeline'
import { exportReport, previewNamesOut } from './services/workshops/export-report'
import { printAgenda } from './services/workshops/agenda-print'
import { redactNames } from './services/workshops/names/redact'
import { roomScreen } from '@shared/room-screen'
import { createScenario, deleteScenario, getScenario, listScenarios } from './services/scenarios/scenarios'
import { editItemTranslation, editScenario, editScenarioList } from './services/scenarios/scenario-edits'
import { adaptScenario, previewAdaptation } from './services/scenarios/adapt'
import { restartRun, runScenario } from './services/scenarios/scenario-run'
import { printScenario } from './services/scenarios/scenario-print'
import {
  createTerm,
  deleteTerm,
  editTerm,
  glossaryHandout,
  listGlossary,
  lookupTerm,
} from './services/glossary/glossary'
import { createMethod, deleteMethod, editMethod, getMethod, listMethods } from './services/methods/methods'
import { machineTimeZone } from '@shared/when'
import { getReadingState, setReadingState } from './services/reader/reading-state'
import { readPagePreview, savePagePreview } from './services/reader/page-preview'
import type { PictureThread } from './services/pdf/picture-thread'
import {
  annotationsMarkdown,
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  editAnnotation,
} from './services/reader/annotations'
import { createParticipantShare, type ParticipantShare } from './services/share/participant-share'
import { backupHandlers } from './services/backups/backup-handlers'
import { dataFolderHandlers } from './services/data-folder/data-folder-handlers'
import { teamHandlers } from './services/team/team-handlers'
import type { TeamService } from './services/team/team-service'

export interface HandlerDeps {
  store: Store
  paths: DataPaths
  host: AppInfo['host']
  version: string
  notices: UserMessage[]
  clock: Clock
  events: Events
  pool: ExtractionPool
  maxBytes?: number
  search: SearchLike
  /** Files picked in the desktop's dialog or dropped on its window, known to pages by id only. */
  picked: PickedFiles
  /** The desktop host's file dialog; browser mode has none (it uploads instead). */
  pickFiles?: () => Promise<string[]>
  /** The desktop host's folder dialog (a backup's place, a backup to restore, where to move the data). */
  pickFolder?: (purpose: 'backup' | 'restore' | 'move' | 'team') => Promise<string | undefined>
  /** Takes a snapshot of db.json between changes (OpenedStore.snapshot). */
  snapshot?: (reason: string) => Promise<string>
  dataFolder?: {
    mode: DataFolderMode
    /** where a moved folder is remembered (paths.locationFile) */
    locationFile?: string
    /** the desktop restarts on the new folder after a move */
    switchTo?: (dataDir: string) => void
  }
  /** The team folder's syncs (started and closed by the core). */
  team?: TeamService
  /** Share with participants (core.ts makes it, and stops it when the app closes) */
  share?: ParticipantShare
  /** Draws the page a document opens at when no picture of it is kept (none: no picture is drawn). */
  pictureThread?: PictureThread | null
  /** Bundle jobs (the browser host reads its downloads from the same object). */
  bundles?: BundleJobs
  /** The desktop host's dialogs for bundles; browser mode uploads and downloads instead. */
  bundleDialogs?: BundleDialogs
}

export interface BundleDialogs {
  open(): Promise<string | null>
  save(suggestedName: string): Promise<string | null>
}

/** The part of the search service handlers use (a test double can stand in). */
export type SearchLike = Pick<SearchService, 'query' | 'syncResource' | 'rebuildMeta' | 'fileImported'> &
  Partial<Pick<SearchService, 'addImportingPages'>>

export function createHandlers(deps: HandlerDeps): Handlers {
  const { store, clock, paths, search } = deps
  const withMeta = async <T>(work: Promise<T>) => {
    const value = await work
    search.rebuildMeta()
    return value
  }
  const withPages = async <T>(id: string, work: Promise<T>) => {
    const value = await work
    await search.syncResource(id)
    return value
  }
  const bundles = deps.bundles ?? new BundleJobs()
  const share = deps.share ?? createParticipantShare({ store, events: deps.events, paths, clock })
  const bundleDeps = (): BundleDeps => ({
    store,
    paths,
    clock,
    pool: deps.pool,
    maxBytes: deps.maxBytes ?? DEFAULT_MAX_BYTES,
    version: deps.version,
    onProgress: (p) => deps.events.emit('import:progress', p),
  })
  const sourcePath = (s: { uploadId: string } | { pickedId: string }) =>
    'uploadId' in s ? join(paths.uploads, s.uploadId) : deps.picked.pathOf(s.pickedId)
  /** one import door for new entries and for a file attached to an entry; uploads are removed however it ends */
  const runImport = async (sources: Input<'library:import'>['sources'], attach: Partial<ImportSource> = {}) => {
    const batchId = randomUUID()
    const resolved: ImportSource[] = sources.map(({ name, password, ...s }) => ({
      path: sourcePath(s),
      name,
      password,
      ...attach,
    }))
    try {
      const outcomes = await importPdfs(
        {
          store,
          paths,
          clock,
          pool: deps.pool,
          maxBytes: deps.maxBytes ?? DEFAULT_MAX_BYTES,
          onProgress: (p) => deps.events.emit('import:progress', p),
          onPages: search.addImportingPages?.bind(search),
          onFileEnd: search.fileImported.bind(search),
        },
        resolved,
        batchId,
      )
      if (attach.attachTo) search.rebuildMeta()
      return { batchId, outcomes }
    } finally {
      for (const s of sources) if ('uploadId' in s) await removeUpload(paths, s.uploadId)
    }
  }
  return {
    'app:setAside': async () => (await readSetAside(paths.root)).reverse(),
    'app:info': () => ({
      name: 'Training Companion',
      version: deps.version,
      host: deps.host,
      dataDir: paths.root,
      platform: process.platform,
      nodeVersion: process.versions.node,
      notices: deps.notices,
      maxImportBytes: deps.maxBytes ?? DEFAULT_MAX_BYTES,
    }),
    'settings:get': () => getSettings(store),
    'settings:set': (patch) => setSettings(store, patch),
    ...backupHandlers(deps),
    ...dataFolderHandlers(deps),
    ...teamHandlers(deps),
    'library:list': () => listResources(store),
    'library:get': ({ id }) => getResource(store, id),
    'library:import': async ({ sources }) => runImport(sources),
    'library:attach': async ({ id, source }) => {
      const { batchId, outcomes } = await runImport([source], { attachTo: id, edited: true })
      return { batchId, outcome: outcomes[0]! }
    },
    'library:pickFiles': async () => {
      if (!deps.pickFiles) throw new ServiceError('forbidden', userMessage('no-file-dialog'))
      return (await deps.pickFiles()).map((path) => deps.picked.remember(path))
    },
    'bundle:export': async ({ selection, jobId }) => {
      const dialogs = deps.bundleDialogs
      if (!dialogs) return bundles.export(bundleDeps(), selection, jobId)
      const target = await dialogs.save(bundleFileName(store, selection, clock.now()))
      return target ? bundles.export(bundleDeps(), selection, jobId, target) : null
    },
    'bundle:cancel': ({ jobId }) => bundles.cancel(jobId),
    'bundle:pick': async () => {
      if (!deps.bundleDialogs) throw new ServiceError('forbidden', userMessage('no-file-dialog'))
      const path = await deps.bundleDialogs.open()
      return path ? deps.picked.remember(path) : null
    },
    'bundle:preview': async ({ source, jobId }) => {
      const { name, password: _p, ...where } = source
      try {
        return await bundles.preview(bundleDeps(), sourcePath(where), name ?? 'bundle.zip', jobId)
      } finally {
        if ('uploadId' in where) await removeUpload(paths, where.uploadId)
      }
    },
    'bundle:apply': async ({ previewId, choices }) => {
      const { resourceIds, ...applied } = await bundles.apply(bundleDeps(), previewId, choices)
      for (const id of resourceIds) await search.syncResource(id)
      search.rebuildMeta()
      return applied
    },
    'bundle:discard': ({ previewId }) => bundles.discard(previewId),
    'library:edit': ({ id, edit }) => withMeta(editResource(store, clock, id, edit)),
    'library:delete': ({ id }) => withPages(id, deleteResource(store, clock, id)),
    'reader:getState': ({ resourceId }) => getReadingState(store, resourceId),
    'reader:setState': (state) => setReadingState(store, clock, state),
    'reader:getPreview': ({ resourceId, ...asked }) =>
      readPagePreview(store, paths, resourceId, asked, deps.pictureThread),
    'reader:savePreview': ({ resourceId, preview }) => savePagePreview(store, paths, resourceId, preview),
    'annotations:list': ({ resourceId }) => listAnnotations(store, resourceId),
    'annotations:create': (fields) => withMeta(createAnnotation(store, clock, fields)),
    'annotations:edit': ({ id, edit }) => withMeta(editAnnotation(store, clock, id, edit)),
    'annotations:delete': ({ id }) => withMeta(deleteAnnotation(store, clock, id)),
    'search:query': ({ q, ...filters }) => search.query(q, filters),
    'scenarios:list': () => listScenarios(store),
    'scenarios:get': ({ id }) => getScenario(store, id),
    'scenarios:create': ({ fields }) => createScenario(store, clock, fields),
    'scenarios:edit': ({ id, edit }) => editScenario(store, clock, id, edit),
    'scenarios:editList': (change) => editScenarioList(store, clock, change),
    'scenarios:editItemTranslation': (change) => editItemTranslation(store, clock, change),
    'scenarios:delete': ({ id }) => deleteScenario(store, clock, id),
    'scenarios:adaptPreview': (request) => previewAdaptation(store, request),
    'scenarios:adapt': (request) => adaptScenario(store, clock, request),
    'scenarios:run': ({ id, ...act }) => runScenario(store, clock, id, act),
    'scenarios:restart': ({ id }) => restartRun(store, clock, id),
    'scenarios:print': ({ id, what, includePrivate }) =>
      printScenario(getScenario(store, id), what, includePrivate, store.read().settings.language),
    'glossary:list': () => listGlossary(store),
    'glossary:create': ({ fields }) => withMeta(createTerm(store, clock, fields)),
    'glossary:edit': ({ id, edit }) => withMeta(editTerm(store, clock, id, edit)),
    'glossary:delete': ({ id }) => withMeta(deleteTerm(store, clock, id)),
    'glossary:lookup': ({ text }) => lookupTerm(store, text),
    'glossary:handout': ({ language }) => glossaryHandout(store, language),
    'methods:list': () => listMethods(store),
    'methods:get': ({ id }) => getMethod(store, id),
    'methods:create': ({ fields }) => withMeta(createMethod(store, clock, fields)),
    'methods:edit': ({ id, edit }) => withMeta(editMethod(store, clock, id, edit)),
    'methods:delete': ({ id }) => withMeta(deleteMethod(store, clock, id)),
    'timeline:list': (q) => listTimeline(store, q),
    'timeline:create': (fields) => createTimelineEvent(store, clock, fields),
    'timeline:edit': ({ id, edit }) => editTimelineEvent(store, clock, id, edit),
    'timeline:delete': ({ id }) => deleteTimelineEvent(store, clock, id),
    'timeline:exportIcs': (q) =>
      exportedFile(
        `human-security-timeline${q.year ? `-${q.year}` : ''}.ics`,
        'text/calendar',
        Buffer.from(timelineIcs(calendarEntries(store, q), store.read().settings.language), 'utf8'),
      ),
    'workshops:list': () => listWorkshops(store),
    'templates:list': () => listTemplates(store),
    'templates:save': (fields) => saveTemplate(store, clock, fields),
    'templates:delete': ({ id }) => deleteTemplate(store, clock, id),
    'trash:list': () => listTrash(store),
    'trash:restore': async ({ id }) => {
      const answer = await restoreFromTrash(store, clock, id)
      const { kind, recordId } = answer.restored
      if (kind === 'resource') await search.syncResource(recordId)
      search.rebuildMeta()
      return answer
    },
    'workshops:get': ({ id }) => getWorkshop(store, id),
    'workshops:create': ({ title }) => createWorkshop(store, clock, title),
    'workshops:edit': ({ id, edit }) => editWorkshop(store, clock, id, edit),
    'workshops:editList': (change) => editWorkshopList(store, clock, change),
    'workshops:delete': ({ id }) => deleteWorkshop(store, clock, id),
    'workshops:run': ({ id, ...run }) => runBlock(store, clock, id, run),
    'workshops:screen': ({ id }) => {
      const w = getWorkshop(store, id)
      return roomScreen(w, (text) => redactNames(text, w))
    },
    'share:status': () => share.status(),
    'share:start': (input) => share.start(input),
    'share:stop': () => share.stop(),
    'workshops:addNote': ({ id, ...note }) => addNote(store, clock, id, note),
    'workshops:deleteNote': ({ id, noteId }) => deleteNote(store, clock, id, noteId),
    'workshops:composeReport': ({ id, withNames, timeZone = machineTimeZone() }) =>
      composeDraft(store, clock, id, withNames, store.read().settings.language, timeZone),
    'workshops:export': ({ id, format, timeZone = machineTimeZone() }) =>
      exportReport(getWorkshop(store, id), format, store.read().settings.language, timeZone, store.read()),
    'workshops:previewNamesOut': ({ id, timeZone = machineTimeZone() }) =>
      previewNamesOut(getWorkshop(store, id), store.read().settings.language, timeZone, store.read()),
    'workshops:printAgenda': ({ id, runSheet, day }) =>
      printAgenda(getWorkshop(store, id), store.read().resources, runSheet, store.read().settings.language, day),
    'annotations:exportMarkdown': ({ resourceId, includeFacilitatorOnly }) =>
      annotationsMarkdown(store, resourceId, includeFacilitatorOnly),
  }
}
