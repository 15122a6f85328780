import { z } from 'zod'
import { GlossaryFields, type GlossaryTerm } from '../glossary'
import { GlossaryEdit } from '../record-edits'
import type { EditOutcome } from '../edits'
import type { ExportedFile } from '../text'
import type { Trashed } from '../trash'
import { byId, returns } from './common'

export const glossaryChannels = {
  'glossary:list': { input: z.undefined(), output: returns<GlossaryTerm[]>() },
  'glossary:create': { input: z.object({ fields: GlossaryFields }).strict(), output: returns<GlossaryTerm>() },
  /** one field of a term (see workshops:edit) */
  'glossary:edit': {
    input: z.object({ id: z.string().min(1), edit: GlossaryEdit }).strict(),
    output: returns<EditOutcome<GlossaryTerm>>(),
  },
  'glossary:delete': { input: byId, output: returns<Trashed>() },
  'glossary:lookup': {
    input: z.object({ text: z.string().max(200) }).strict(),
    output: returns<GlossaryTerm | null>(),
  },
  'glossary:handout': {
    input: z.object({ language: z.enum(['en', 'fr', 'ar', 'es']) }).strict(),
    output: returns<ExportedFile>(),
  },
} as const
