/**
 * A scenario's field, or a field of one role, phase or inject, bound to the one
 * save-as-you-type mechanism (save/use-autosave.ts).
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { Inject, Phase, Role, Scenario, ScenarioLanguage, ScenarioTranslation } from '@shared/scenario'
import type { ScenarioEdit, ScenarioListEdit } from '@shared/scenario-edits'
import { call } from '../../api/api'
import { useAutosave, type Autosave } from '../../save/use-autosave'
import { asIs, valueAt, type Codec } from '../../save/codec'
import { recordSaver } from '../../save/record-saver'
import { putScenario, scenarioKey } from './use-scenario'

export type ScenarioField =
  | 'title'
  | 'setting'
  | 'themes'
  | 'learningObjectives'
  | 'links'
  | `translations.${ScenarioLanguage}.${keyof ScenarioTranslation}`

/** The scenario as the cache holds it now (see use-workshop-field.ts for why). */
const latest = (client: QueryClient, s: Scenario) => client.getQueryData<Scenario>(scenarioKey(s.id)) ?? s

export function useScenarioField<T = string>(
  s: Scenario,
  field: ScenarioField,
  label: string,
  codec: Codec<T> = asIs<T>(),
): Autosave<T> {
  const client = useQueryClient()
  const save = recordSaver({
    codec,
    send: (value, base) => call('scenarios:edit', { id: s.id, edit: { field, value, base } as ScenarioEdit }),
    put: (record: Scenario) => putScenario(client, record),
    read: (record) => valueAt(record, field),
  })
  return useAutosave(`scenario/${s.id}/${field}`, codec.show(valueAt(latest(client, s), field)), save, label)
}

/** Where an item lives: a role, a phase, or an inject of a phase. */
export type ItemAt =
  { list: 'roles'; item: Role } | { list: 'phases'; item: Phase } | { list: 'injects'; item: Inject; phaseId: string }

type Item = Role & Phase & Inject

function find(s: Scenario, at: ItemAt): Partial<Item> {
  if (at.list === 'roles') return s.roles.find((r) => r.id === at.item.id) ?? at.item
  if (at.list === 'phases') return s.phases.find((p) => p.id === at.item.id) ?? at.item
  return s.phases.find((p) => p.id === at.phaseId)?.injects.find((i) => i.id === at.item.id) ?? at.item
}

export const itemKeys = (s: Scenario, at: ItemAt) => `scenario/${s.id}/${at.list}/${at.item.id}/`

export function useItemField<T = string>(
  s: Scenario,
  at: ItemAt,
  field: keyof Item,
  label: string,
  codec: Codec<T> = asIs<T>(),
): Autosave<T> {
  const client = useQueryClient()
  const save = recordSaver({
    codec,
    send: (value, base) => {
      const ops = [{ op: 'set', itemId: at.item.id, edit: { field, value, base } }]
      const where = at.list === 'injects' ? { phaseId: at.phaseId } : {}
      return call('scenarios:editList', { id: s.id, list: at.list, ...where, ops } as ScenarioListEdit)
    },
    put: (record: Scenario) => putScenario(client, record),
    read: (record) => find(record, at)[field],
  })
  return useAutosave(itemKeys(s, at) + field, codec.show(find(latest(client, s), at)[field]), save, label)
}
