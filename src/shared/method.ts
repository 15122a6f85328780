/**
 * Facilitation methods: how to run an opener, a small-group format, a role play, a
 * debrief or an evaluation, written for human-security trainers and their mixed
 * civil-military-police rooms. A starter set ships with the app (loaded once);
 * facilitators add, edit and delete their own. The starter methods also carry their text in
 * French and Arabic (`translations`), shown field by field in those interfaces.
 */
import { z } from 'zod'
import { fieldEdit, leafSchemas, translationLeaves } from './edits'
import { methodCategories, methodLanguages } from './method-basics'

export {
  blankMethod,
  fitsGroup,
  methodCategories,
  methodLanguages,
  methodText,
  methodTitle,
  type MethodCategory,
  type MethodLanguage,
} from './method-basics'

const line = z.string().max(2_000)
const people = z.number().int().min(1).max(1_000)
const minutes = z
  .number()
  .int()
  .min(1)
  .max(24 * 60)

/**
 * Its text in another interface language (the starter methods carry French and Arabic). A field
 * left empty shows the text as written (`inLanguage`), so a translation may be partly done.
 */
export const MethodTranslation = z.object({
  purpose: z.string().max(5_000),
  materials: z.string().max(5_000),
  steps: z.array(line).max(40),
  tips: z.array(line).max(40),
  variations: z.array(line).max(40),
})
export type MethodTranslation = z.infer<typeof MethodTranslation>

/** A language's translation before any of it is written: a field left empty shows the text as written. */
export const blankMethodTranslation = (): MethodTranslation => ({
  purpose: '',
  materials: '',
  steps: [],
  tips: [],
  variations: [],
})

export const MethodFields = z.object({
  name: z.string().trim().min(1).max(200),
  category: z.enum(methodCategories),
  /** other names it goes by ("human barometer" for a spectrogram) */
  aliases: z.array(z.string().max(200)).max(20),
  /** its name in the other interface languages */
  titles: z.partialRecord(z.enum(methodLanguages), z.string().max(200)),
  purpose: z.string().max(5_000),
  groupMin: people,
  /** null: no upper limit */
  groupMax: people.nullable(),
  timeMin: minutes,
  timeMax: minutes,
  materials: z.string().max(5_000),
  steps: z.array(line).max(40),
  tips: z.array(line).max(40),
  /** how to run it with a mixed civil-military-police group */
  variations: z.array(line).max(40),
  /** purpose, materials, steps, tips and variations in the other interface languages (none in an old record) */
  translations: z.partialRecord(z.enum(methodLanguages), MethodTranslation).default({}),
})
export type MethodFields = z.infer<typeof MethodFields>

export const Method = MethodFields.extend({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Method = z.infer<typeof Method>

export const MethodEdit = fieldEdit({
  ...leafSchemas(MethodFields, ['titles', 'translations']),
  'titles.fr': z.string().max(200),
  'titles.ar': z.string().max(200),
  ...translationLeaves(methodLanguages, MethodTranslation),
})
