/**
 * What both hosts start the same way: take the data folder (lock), open the
 * store, load the starter library on first run, and build the dispatcher.
 */
import { mkdir } from 'node:fs/promises'
import type { AppInfo } from '@shared/contract'
import { acquireDataLock } from './data-lock'
import { createDispatcher, type Dispatch } from './dispatch'
import { createHandlers } from './handlers'
import { dataPaths, type DataPaths } from './paths'
import { openStore } from './store/open-store'
import type { Store } from './store/store'
import { readStarterLibrary, seedStarterLibrary } from './services/library/starter'
import { systemClock } from './services/clock'

export interface Core {
  dispatch: Dispatch
  paths: DataPaths
  store: Store
  notices: string[]
  close(): void
}

export interface CoreOptions {
  dataDir: string
  resourcesDir: string
  host: AppInfo['host']
  version: string
}

export async function startCore(options: CoreOptions): Promise<Core> {
  const paths = dataPaths(options.dataDir)
  await mkdir(paths.root, { recursive: true })
  const release = acquireDataLock(paths.lock, paths.root)
  try {
    for (const dir of [paths.files, paths.text, paths.index, paths.backups]) await mkdir(dir, { recursive: true })
    const { store, notices } = await openStore({ dbPath: paths.db, backupsDir: paths.backups })
    await seedStarterLibrary(store, await readStarterLibrary(options.resourcesDir), systemClock)
    const handlers = createHandlers({ store, paths, notices, host: options.host, version: options.version })
    return { dispatch: createDispatcher(handlers), paths, store, notices, close: release }
  } catch (error) {
    release()
    throw error
  }
}
