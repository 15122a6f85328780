import { Memory } from 'lowdb'
import { createStore } from '../store/store'
import { dataPaths } from '../paths'
import { createEvents } from '../events'
import { createHandlers, type HandlerDeps } from '../handlers'
import { createDispatcher } from '../dispatch'
import { PickedFiles } from '../services/library/picked-files'
import type { ExtractionPool } from '../services/pdf/extraction-pool'

const noPool: ExtractionPool = {
  extract: () => Promise.reject(new Error('no extraction in this test')),
  workers: () => 0,
  busy: () => false,
  close: async () => undefined,
}

/** Handler dependencies over an in-memory store, for tests that never touch PDFs. */
export function memoryHandlerDeps(): HandlerDeps {
  return {
    store: createStore(new Memory()),
    paths: dataPaths('/data'),
    host: 'browser',
    picked: new PickedFiles(),
    version: '1.2.3',
    notices: [],
    clock: { now: () => '2026-11-24T10:00:00.000Z' },
    events: createEvents(),
    pool: noPool,
    search: {
      query: async (q) => ({
        query: q,
        glossary: [],
        methods: [],
        resources: [],
        annotations: [],
        pages: [],
        totalPages: 0,
        tookMs: 0,
      }),
      syncResource: async () => undefined,
      rebuildMeta: () => undefined,
      // as the service does: an imported file is synced (a test that replaces syncResource sees it)
      async fileImported(_importId, outcome) {
        if (outcome.status === 'imported') await this.syncResource(outcome.resourceId)
      },
    },
  }
}

/** Calls channels through the validating dispatcher, as the renderer would, throwing the error message on failure. */
export function callerFor(deps: HandlerDeps) {
  const dispatch = createDispatcher(createHandlers(deps), () => undefined)
  return async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = await dispatch(channel, input)
    if (!result.ok) throw new Error(result.error.message)
    return result.value as T
  }
}
