/**
 * Maps every contract channel to a service call. This object's keys must be
 * exactly the contract's channels (the Handlers type enforces it; a test proves it).
 */
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import type { AppInfo } from '@shared/contract'
import { ServiceError } from '@shared/result'
import type { Handlers } from './dispatch'
import type { Events } from './events'
import type { Store } from './store/store'
import type { DataPaths } from './paths'
import type { Clock } from './services/clock'
import type { ExtractionPool } from './services/pdf/extraction-pool'
import { getSettings, setSettings } from './services/settings/settings'
import { deleteResource, getResource, listResources, undoDelete, updateResource } from './services/library/library'
import { importPdfs, type ImportSource } from './services/library/import'
import { DEFAULT_MAX_BYTES } from './services/library/pdf-checks'
import { removeUpload } from './services/library/uploads'
import { getReadingState, setReadingState } from './services/reader/reading-state'
import {
  annotationsMarkdown,
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  updateAnnotation,
} from './services/reader/annotations'

export interface HandlerDeps {
  store: Store
  paths: DataPaths
  host: AppInfo['host']
  version: string
  notices: string[]
  clock: Clock
  events: Events
  pool: ExtractionPool
  maxBytes?: number
  /** The desktop host's file dialog; browser mode has none (it uploads instead). */
  pickFiles?: () => Promise<string[]>
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { store, clock, paths } = deps
  return {
    'app:info': () => ({
      name: 'Training Companion',
      version: deps.version,
      host: deps.host,
      dataDir: paths.root,
      platform: process.platform,
      nodeVersion: process.versions.node,
      notices: deps.notices,
    }),
    'settings:get': () => getSettings(store),
    'settings:set': (patch) => setSettings(store, patch),
    'library:list': () => listResources(store),
    'library:get': ({ id }) => getResource(store, id),
    'library:import': async ({ sources }) => {
      const batchId = randomUUID()
      const resolved: ImportSource[] = sources.map((s) =>
        'uploadId' in s ? { path: join(paths.uploads, s.uploadId), name: s.name, password: s.password } : s,
      )
      try {
        const outcomes = await importPdfs(
          {
            store,
            paths,
            clock,
            pool: deps.pool,
            maxBytes: deps.maxBytes ?? DEFAULT_MAX_BYTES,
            onProgress: (p) => deps.events.emit('import:progress', p),
          },
          resolved,
          batchId,
        )
        return { batchId, outcomes }
      } finally {
        for (const s of sources) if ('uploadId' in s) await removeUpload(paths, s.uploadId)
      }
    },
    'library:pickFiles': () => {
      if (!deps.pickFiles)
        throw new ServiceError('forbidden', 'There is no file dialog in browser mode; upload instead.')
      return deps.pickFiles()
    },
    'library:update': ({ id, patch }) => updateResource(store, clock, id, patch),
    'library:delete': ({ id }) => deleteResource(store, clock, id),
    'library:undoDelete': ({ id }) => undoDelete(store, id),
    'reader:getState': ({ resourceId }) => getReadingState(store, resourceId),
    'reader:setState': (state) => setReadingState(store, clock, state),
    'annotations:list': ({ resourceId }) => listAnnotations(store, resourceId),
    'annotations:create': (fields) => createAnnotation(store, clock, fields),
    'annotations:update': ({ id, patch }) => updateAnnotation(store, clock, id, patch),
    'annotations:delete': ({ id }) => deleteAnnotation(store, id),
    'annotations:exportMarkdown': ({ resourceId, includeFacilitatorOnly }) =>
      annotationsMarkdown(store, resourceId, includeFacilitatorOnly),
  }
}
