/** Events the main side pushes to the renderer (Electron: webContents.send; browser mode: server-sent events). */
import type { BackupProgress } from '../backups'
import type { UserMessage } from '../user-message'
import type { ImportProgress } from './library'

/** The kinds of record a `data:changed` event names (the store's lists, and the settings). */
export const dataKinds = [
  'resources',
  'trash',
  'annotations',
  'workshops',
  'timeline',
  'blockTemplates',
  'glossary',
  'scenarios',
  'methods',
  'settings',
] as const
export type DataKind = (typeof dataKinds)[number]

export interface DataChanged {
  kind: DataKind
  id: string
  /** the page that made the change (its client id), so it need not fetch what it already has */
  by: string | null
}

export interface AppEvents {
  'import:progress': ImportProgress
  /** a full backup, a restore or a move of the data folder under way */
  'backups:progress': BackupProgress
  /** a record was written: open screens showing it fetch it again */
  'data:changed': DataChanged
  /** something the facilitator should know that happened in the background (a full disk, a failed backup) */
  'app:notice': UserMessage
}
export type AppEvent = { [K in keyof AppEvents]: { type: K; payload: AppEvents[K] } }[keyof AppEvents]
export const EVENT_CHANNEL = 'tc:event'

export interface EventBridge {
  subscribe(listener: (event: AppEvent) => void): () => void
}
