import { z } from 'zod'
import { AnnotationFields, type Annotation, type ReadingState, type Resource } from '../model'
import { ResourceFieldEdit } from '../record-edits'
import { fieldEdit, leafSchemas, type EditOutcome } from '../edits'
import { PagePreviewFields, type PagePreview } from '../page-preview'
import type { Trashed } from '../trash'
import type { UserMessage } from '../user-message'
import { byId, ImportSource, returns, type PickedFile } from './common'

export interface ImportProgress {
  batchId: string
  files: number
  filesDone: number
  pages: number
  pagesDone: number
  /** work measured in bytes (writing a bundle) rather than pages */
  bytes?: number
  bytesDone?: number
  current: string
}

export type ImportOutcome =
  | { name: string; status: 'imported' | 'duplicate'; resourceId: string; title: string; pages?: number }
  | { name: string; status: 'failed'; message: string; said?: UserMessage }

const AnnotationEdit = fieldEdit(leafSchemas(AnnotationFields.pick({ body: true, color: true, visibility: true })))

export const libraryChannels = {
  'library:list': { input: z.undefined(), output: returns<Resource[]>() },
  'library:get': { input: byId, output: returns<Resource>() },
  'library:import': {
    input: z.object({ sources: z.array(ImportSource).min(1).max(500) }).strict(),
    output: returns<{ batchId: string; outcomes: ImportOutcome[] }>(),
  },
  /** gives a record-only entry its PDF: checked, extracted and indexed like any import; the entry keeps its details */
  'library:attach': {
    input: z.object({ id: z.string().min(1), source: ImportSource }).strict(),
    output: returns<{ batchId: string; outcome: ImportOutcome }>(),
  },
  'library:pickFiles': { input: z.undefined(), output: returns<PickedFile[]>() },
  /** one field of a resource's details (see workshops:edit) */
  'library:edit': {
    input: z.object({ id: z.string().min(1), edit: ResourceFieldEdit }).strict(),
    output: returns<EditOutcome<Resource>>(),
  },
  'library:delete': { input: byId, output: returns<Trashed>() },
  'reader:getState': {
    input: z.object({ resourceId: z.string().min(1) }).strict(),
    output: returns<ReadingState | null>(),
  },
  'reader:setState': {
    input: z
      .object({ resourceId: z.string().min(1), page: z.number().int().positive(), zoom: z.string().max(32) })
      .strict(),
    output: returns<ReadingState>(),
  },
  /** the picture of the page the document opens at (shared/page-preview.ts): the one kept, or one drawn now */
  'reader:getPreview': {
    /**
     * `windowWidth`: the window's width in device pixels, to pick the size of picture (page-preview.ts);
     * `page`: the page the reader opens at, where the facilitator left it when not given
     */
    input: z
      .object({
        resourceId: z.string().min(1),
        windowWidth: z.number().int().positive().max(100_000).optional(),
        page: z.number().int().positive().optional(),
      })
      .strict(),
    output: returns<PagePreview | null>(),
  },
  'reader:savePreview': {
    input: z.object({ resourceId: z.string().min(1), preview: PagePreviewFields }).strict(),
    output: returns<void>(),
  },
  'annotations:list': {
    input: z.object({ resourceId: z.string().min(1) }).strict(),
    output: returns<Annotation[]>(),
  },
  'annotations:create': { input: AnnotationFields.strict(), output: returns<Annotation>() },
  /** the note's text, colour or visibility, one field at a time (see workshops:edit) */
  'annotations:edit': {
    input: z.object({ id: z.string().min(1), edit: AnnotationEdit }).strict(),
    output: returns<EditOutcome<Annotation>>(),
  },
  'annotations:delete': { input: byId, output: returns<Trashed>() },
  'annotations:exportMarkdown': {
    input: z.object({ resourceId: z.string().min(1), includeFacilitatorOnly: z.boolean() }).strict(),
    output: returns<string>(),
  },
} as const
