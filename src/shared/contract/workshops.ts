import { z } from 'zod'
import { BlockTemplate, MAX_DAYS, noteKinds, type Workshop, type WorkshopNote } from '../workshop'
import { WorkshopEdit, WorkshopListEdit } from '../workshop-edits'
import type { EditOutcome } from '../edits'
import type { NamesPreview } from '../names-preview'
import type { RoomScreen } from '../room-screen'
import type { ExportedFile } from '../text'
import type { Trashed } from '../trash'
import type { MessageId } from '../user-message'
import { isTimeZone } from '../when'
import { byId, returns } from './common'

/** the zone the renderer shows instants in, so what the main side writes says the same times */
const timeZone = z
  .string()
  .max(100)
  .refine(isTimeZone, { message: 'unknown-time-zone' satisfies MessageId })
  .optional()

export const workshopChannels = {
  'workshops:list': { input: z.undefined(), output: returns<Workshop[]>() },
  'workshops:get': { input: byId, output: returns<Workshop>() },
  'workshops:create': { input: z.object({ title: z.string().min(1).max(300) }).strict(), output: returns<Workshop>() },
  /** one field, applied to the record as it is now; answers a conflict when that field changed elsewhere since `base` */
  'workshops:edit': {
    input: z.object({ id: z.string().min(1), edit: WorkshopEdit }).strict(),
    output: returns<EditOutcome<Workshop>>(),
  },
  /** blocks of the agenda or participants added, changed, moved or removed by id */
  'workshops:editList': { input: WorkshopListEdit, output: returns<EditOutcome<Workshop>>() },
  'workshops:delete': { input: byId, output: returns<Trashed>() },
  'workshops:run': {
    input: z.discriminatedUnion('action', [
      z.object({ id: z.string(), action: z.literal('start'), blockId: z.string() }).strict(),
      z.object({ id: z.string(), action: z.literal('stop'), blockId: z.string() }).strict(),
      /** both clocks stand still until 'resume'; the pause is kept on the block */
      z.object({ id: z.string(), action: z.literal('pause'), blockId: z.string() }).strict(),
      z.object({ id: z.string(), action: z.literal('resume'), blockId: z.string() }).strict(),
      z
        .object({
          id: z.string(),
          action: z.literal('extend'),
          blockId: z.string(),
          minutes: z.number().int().min(1).max(240),
        })
        .strict(),
      z
        .object({
          id: z.string(),
          action: z.literal('set-times'),
          blockId: z.string(),
          actualStart: z.iso.datetime().nullable(),
          actualEnd: z.iso.datetime().nullable(),
        })
        .strict(),
    ]),
    output: returns<Workshop>(),
  },
  /** what the participant screen shows: current and next block, no notes, no names */
  'workshops:screen': { input: byId, output: returns<RoomScreen>() },
  'workshops:addNote': {
    input: z
      .object({
        id: z.string().min(1),
        kind: z.enum(noteKinds),
        text: z.string().min(1).max(20_000),
        blockId: z.string().nullable().optional(),
      })
      .strict(),
    output: returns<WorkshopNote>(),
  },
  'workshops:deleteNote': {
    input: z.object({ id: z.string().min(1), noteId: z.string().min(1) }).strict(),
    output: returns<Trashed>(),
  },
  /** composes the draft and writes it; an edited draft it replaces is kept in the trash */
  'workshops:composeReport': {
    input: z.object({ id: z.string().min(1), withNames: z.boolean(), timeZone }).strict(),
    output: returns<{ workshop: Workshop; trashed: Trashed | null }>(),
  },
  /** `day`: that day alone, on one A4 page */
  'workshops:printAgenda': {
    input: z
      .object({ id: z.string().min(1), runSheet: z.boolean(), day: z.number().int().min(1).max(MAX_DAYS).optional() })
      .strict(),
    output: returns<ExportedFile>(),
  },
  'workshops:export': {
    input: z.object({ id: z.string().min(1), format: z.enum(['md', 'docx', 'pdf']), timeZone }).strict(),
    output: returns<ExportedFile>(),
  },
  'workshops:previewNamesOut': { input: byId.extend({ timeZone }), output: returns<NamesPreview>() },
  'templates:list': { input: z.undefined(), output: returns<BlockTemplate[]>() },
  'templates:save': { input: BlockTemplate.omit({ id: true }).strict(), output: returns<BlockTemplate>() },
  'templates:delete': { input: byId, output: returns<Trashed>() },
} as const
