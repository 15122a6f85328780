/**
 * What the renderer may change, one field at a time, in a glossary term, a timeline
 * event and a library resource (shared/edits.ts says how; the workshop and scenario
 * have their own files for their lists).
 */
import { z } from 'zod'
import { fieldEdit, leafSchemas } from './edits'
import { GlossaryFields, glossaryLanguages } from './glossary'
import { TimelineFields } from './timeline'
import { Resource, ResourceEdit } from './model'

const translationLeaves = Object.fromEntries(
  glossaryLanguages.flatMap((lang) => [
    [`translations.${lang}.term`, z.string().max(300)],
    [`translations.${lang}.definition`, z.string().max(20_000)],
  ]),
)
export const GlossaryEdit = fieldEdit({ ...leafSchemas(GlossaryFields, ['translations']), ...translationLeaves })

export const TimelineEdit = fieldEdit(leafSchemas(TimelineFields))

const editable = Object.fromEntries(Object.keys(ResourceEdit.shape).map((k) => [k, true])) as Record<
  keyof ResourceEdit,
  true
>
export const ResourceFieldEdit = fieldEdit(leafSchemas(Resource.pick(editable)))
