import { z } from 'zod'
import type { Restored, Trashed } from '../trash'
import { byId, returns } from './common'

export const trashChannels = {
  /** what deletes, resets and overwrites took away, newest first */
  'trash:list': { input: z.undefined(), output: returns<Trashed[]>() },
  /** puts an entry back where it was; what it replaces (a run, a draft) is kept in its stead */
  'trash:restore': { input: byId, output: returns<Restored>() },
} as const
