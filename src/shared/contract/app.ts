import { z } from 'zod'
import { SettingsPatch, type Settings } from '../model'
import type { SetAsideEntry } from '../set-aside'
import type { UserMessage } from '../user-message'
import { returns } from './common'

export interface AppInfo {
  name: string
  version: string
  host: 'desktop' | 'browser'
  dataDir: string
  platform: string
  nodeVersion: string
  notices: UserMessage[]
  /** the largest PDF an import takes, in bytes */
  maxImportBytes: number
}

export const appChannels = {
  'app:info': { input: z.undefined(), output: returns<AppInfo>() },
  /** records set aside when the library was opened (they did not fit), newest first */
  'app:setAside': { input: z.undefined(), output: returns<SetAsideEntry[]>() },
  'settings:get': { input: z.undefined(), output: returns<Settings>() },
  'settings:set': { input: SettingsPatch.strict(), output: returns<Settings>() },
} as const
