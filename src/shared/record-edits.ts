/**
 * What the renderer may change, one field at a time, in a glossary term, a timeline
 * event and a library resource (shared/edits.ts says how; the workshop and scenario
 * have their own files for their lists).
 */
import { fieldEdit, leafSchemas, translationLeaves } from './edits'
import { GlossaryFields, GlossaryTranslation, glossaryLanguages } from './glossary'
import { TimelineFields } from './timeline'
import { Resource, ResourceEdit } from './model'

export const GlossaryEdit = fieldEdit({
  ...leafSchemas(GlossaryFields, ['translations']),
  ...translationLeaves(glossaryLanguages, GlossaryTranslation),
})

export const TimelineEdit = fieldEdit(leafSchemas(TimelineFields))

const editable = Object.fromEntries(Object.keys(ResourceEdit.shape).map((k) => [k, true])) as Record<
  keyof ResourceEdit,
  true
>
export const ResourceFieldEdit = fieldEdit(leafSchemas(Resource.pick(editable)))
