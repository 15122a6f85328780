/**
 * What the renderer may change in a scenario, and how: a field of the record (roles,
 * phases and the adaptation note excepted; a translation's fields one by one), or operations on its roles, its phases, or
 * the injects of one phase. The run stays with `scenarios:run`.
 */
import { z } from 'zod'
import { fieldEdit, leafSchemas, listOps, translationLeaves } from './edits'
import { Inject, Phase, Role, ScenarioFields, ScenarioTranslation, scenarioLanguages } from './scenario'

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
