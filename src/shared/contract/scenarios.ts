import { z } from 'zod'
import { ScenarioFields, type Scenario } from '../scenario'
import { AdaptRequest, type AdaptPreview } from '../scenario-adapt'
import { ScenarioEdit, ScenarioItemTranslationEdit, ScenarioListEdit } from '../scenario-edits'
import type { EditOutcome } from '../edits'
import type { ExportedFile } from '../text'
import type { Trashed } from '../trash'
import { byId, returns } from './common'

export const scenarioChannels = {
  'scenarios:list': { input: z.undefined(), output: returns<Scenario[]>() },
  'scenarios:get': { input: byId, output: returns<Scenario>() },
  'scenarios:create': { input: z.object({ fields: ScenarioFields }).strict(), output: returns<Scenario>() },
  /** one field, applied to the scenario as it is now (see workshops:edit) */
  'scenarios:edit': {
    input: z.object({ id: z.string().min(1), edit: ScenarioEdit }).strict(),
    output: returns<EditOutcome<Scenario>>(),
  },
  /** roles, phases or one phase's injects added, changed, moved or removed by id */
  'scenarios:editList': { input: ScenarioListEdit, output: returns<EditOutcome<Scenario>>() },
  /** one field of a role's, phase's or inject's translation (the editor in French or Arabic) */
  'scenarios:editItemTranslation': { input: ScenarioItemTranslationEdit, output: returns<EditOutcome<Scenario>>() },
  'scenarios:delete': { input: byId, output: returns<Trashed>() },
  'scenarios:adaptPreview': { input: AdaptRequest, output: returns<AdaptPreview>() },
  'scenarios:adapt': { input: AdaptRequest, output: returns<Scenario>() },
  'scenarios:run': {
    input: z.discriminatedUnion('action', [
      z.object({ id: z.string(), action: z.literal('start') }).strict(),
      z.object({ id: z.string(), action: z.literal('next-phase') }).strict(),
      z.object({ id: z.string(), action: z.literal('finish') }).strict(),
      z
        .object({
          id: z.string(),
          action: z.literal('release'),
          injectId: z.string(),
          by: z.enum(['schedule', 'hand']),
        })
        .strict(),
      z.object({ id: z.string(), action: z.literal('note'), text: z.string().min(1).max(20_000) }).strict(),
    ]),
    output: returns<Scenario>(),
  },
  /** phase 1 again with no notes; the run it replaces is kept in the trash */
  'scenarios:restart': { input: byId, output: returns<{ scenario: Scenario; trashed: Trashed | null }>() },
  'scenarios:print': {
    input: z
      .object({ id: z.string().min(1), what: z.enum(['role-cards', 'run-sheet']), includePrivate: z.boolean() })
      .strict(),
    output: returns<ExportedFile>(),
  },
} as const
