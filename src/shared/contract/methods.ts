import { z } from 'zod'
import { MethodEdit, MethodFields, type Method } from '../method'
import type { EditOutcome } from '../edits'
import type { Trashed } from '../trash'
import { byId, returns } from './common'

export const methodChannels = {
  'methods:list': { input: z.undefined(), output: returns<Method[]>() },
  'methods:get': { input: byId, output: returns<Method>() },
  'methods:create': { input: z.object({ fields: MethodFields }).strict(), output: returns<Method>() },
  /** one field of a method (see workshops:edit) */
  'methods:edit': {
    input: z.object({ id: z.string().min(1), edit: MethodEdit }).strict(),
    output: returns<EditOutcome<Method>>(),
  },
  'methods:delete': { input: byId, output: returns<Trashed>() },
} as const
