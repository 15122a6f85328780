/**
 * Maps every contract channel to a service call. This object's keys must be
 * exactly the contract's channels (the Handlers type enforces it; a test proves it).
 */
import type { AppInfo } from '@shared/contract'
import type { Handlers } from './dispatch'
import type { Store } from './store/store'
import type { DataPaths } from './paths'
import { getSettings, setSettings } from './services/settings/settings'
import { listResources } from './services/library/library'

export interface HandlerDeps {
  store: Store
  paths: DataPaths
  host: AppInfo['host']
  version: string
  notices: string[]
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { store } = deps
  return {
    'app:info': () => ({
      name: 'Training Companion',
      version: deps.version,
      host: deps.host,
      dataDir: deps.paths.root,
      platform: process.platform,
      nodeVersion: process.versions.node,
      notices: deps.notices,
    }),
    'settings:get': () => getSettings(store),
    'settings:set': (patch) => setSettings(store, patch),
    'library:list': () => listResources(store),
  }
}
