/**
 * What the renderer may change in a scenario, and how: a field of the record (roles,
 * phases and the adaptation note excepted; a translation's fields one by one), or operations on its roles, its phases, or
 * the injects of one phase. The run stays with `scenarios:run`.
 */
import { z } from 'zod'
import { fieldEdit, leafSchemas, listOps, translationLeaves } from './edits'
import {
  Inject,
  InjectTranslation,
  Phase,
  PhaseTranslation,
  Role,
  RoleTranslation,
  ScenarioFields,
  ScenarioTranslation,
  injectFields,
  phaseFields,
  roleFields,
  scenarioLanguages,
} from './scenario'

export const ScenarioEdit = fieldEdit({
  ...leafSchemas(ScenarioFields, ['roles', 'phases', 'derivedFrom', 'translations']),
  ...translationLeaves(scenarioLanguages, ScenarioTranslation),
})
export type ScenarioEdit = z.infer<typeof ScenarioEdit>

const id = z.string().min(1)
export const ScenarioListEdit = z.discriminatedUnion('list', [
  z.object({ id, list: z.literal('roles'), ops: listOps(Role, leafSchemas(Role, ['id'])) }).strict(),
  z.object({ id, list: z.literal('phases'), ops: listOps(Phase, leafSchemas(Phase, ['id', 'injects'])) }).strict(),
  z.object({ id, list: z.literal('injects'), phaseId: id, ops: listOps(Inject, leafSchemas(Inject, ['id'])) }).strict(),
])
export type ScenarioListEdit = z.infer<typeof ScenarioListEdit>
export type ScenarioList = ScenarioListEdit['list']

/** The schema of each of `fields` in a translation whose fields are all optional. */
const wordsOf = (translation: z.ZodObject, fields: readonly string[]) =>
  Object.fromEntries(fields.map((f) => [f, (translation.shape[f] as z.ZodOptional<z.ZodType>).unwrap()]))

/**
 * One field of a role's, phase's or inject's words in one language: the scenario editor in French
 * or Arabic edits the translation, and the text as written (and the other language) stays as it is.
 * A blank field shows the text as written again.
 */
const language = z.enum(scenarioLanguages)
export const ScenarioItemTranslationEdit = z.discriminatedUnion('list', [
  z
    .object({
      id,
      language,
      list: z.literal('roles'),
      itemId: id,
      edit: fieldEdit(wordsOf(RoleTranslation, roleFields)),
    })
    .strict(),
  z
    .object({
      id,
      language,
      list: z.literal('phases'),
      itemId: id,
      edit: fieldEdit(wordsOf(PhaseTranslation, phaseFields)),
    })
    .strict(),
  z
    .object({
      id,
      language,
      list: z.literal('injects'),
      phaseId: id,
      itemId: id,
      edit: fieldEdit(wordsOf(InjectTranslation, injectFields)),
    })
    .strict(),
])
export type ScenarioItemTranslationEdit = z.infer<typeof ScenarioItemTranslationEdit>
