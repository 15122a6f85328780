import { z } from 'zod'
import { TimelineFields, timelineKinds, type TimelineEntry, type TimelineEvent } from '../timeline'
import { TimelineEdit } from '../record-edits'
import type { EditOutcome } from '../edits'
import type { ExportedFile } from '../text'
import type { Trashed } from '../trash'
import { byId, returns } from './common'

export const timelineChannels = {
  'timeline:list': {
    input: z.object({ year: z.number().int().optional(), kinds: z.array(z.enum(timelineKinds)).optional() }).strict(),
    output: returns<TimelineEntry[]>(),
  },
  'timeline:create': { input: TimelineFields, output: returns<TimelineEvent>() },
  /** one field of an event (see workshops:edit) */
  'timeline:edit': {
    input: z.object({ id: z.string().min(1), edit: TimelineEdit }).strict(),
    output: returns<EditOutcome<TimelineEvent>>(),
  },
  'timeline:delete': { input: byId, output: returns<Trashed>() },
  'timeline:exportIcs': {
    input: z.object({ year: z.number().int().optional(), kinds: z.array(z.enum(timelineKinds)).optional() }).strict(),
    output: returns<ExportedFile>(),
  },
} as const
