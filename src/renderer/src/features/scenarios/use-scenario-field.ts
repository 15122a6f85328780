/**
 * A scenario's field, or a field of one role, phase or inject, bound to the one
 * save-as-you-type mechanism (save/use-autosave.ts).
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import {
  injectFields,
  itemWordsIn,
  phaseFields,
  roleFields,
  scenarioLanguages,
  type Inject,
  type Phase,
  type Role,
  type Scenario,
  type ScenarioLanguage,
  type ScenarioTranslation,
} from '@shared/scenario'
import type { ScenarioEdit, ScenarioItemTranslationEdit, ScenarioListEdit } from '@shared/scenario-edits'
import { call } from '../../api/api'
import { useAutosave, type Autosave, type InLanguage } from '../../save/use-autosave'
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

/**
 * The language the editor edits a scenario's words in: the interface language when the scenario
 * has a translation in it (a starter scenario in French or Arabic), else none (the text as written).
 */
export function useEditLanguage(s: Scenario): ScenarioLanguage | undefined {
  const { i18n } = useTranslation()
  return scenarioLanguages.find((l) => l === i18n.language && s.translations[l])
}

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

const translatable: Record<ItemAt['list'], readonly string[]> = {
  roles: roleFields,
  phases: phaseFields,
  injects: injectFields,
}

/** The item's words in `language` as the record holds them (a field not translated reads as blank). */
const translatedWords = (s: Scenario, at: ItemAt, language: ScenarioLanguage) =>
  itemWordsIn(
    s.translations[language],
    at.list === 'injects'
      ? { list: at.list, itemId: at.item.id, phaseId: at.phaseId }
      : { list: at.list, itemId: at.item.id },
  )

const fromRecord = (record: Scenario, at: ItemAt, field: keyof Item, language: ScenarioLanguage | undefined) =>
  language ? (translatedWords(record, at, language)?.[field] ?? '') : find(record, at)[field]

function sendItemEdit(
  s: Scenario,
  at: ItemAt,
  edit: { field: string; value: unknown; base: unknown },
  language?: ScenarioLanguage,
) {
  const where = at.list === 'injects' ? { phaseId: at.phaseId } : {}
  if (language)
    return call('scenarios:editItemTranslation', {
      id: s.id,
      language,
      list: at.list,
      ...where,
      itemId: at.item.id,
      edit,
    } as ScenarioItemTranslationEdit)
  const ops = [{ op: 'set', itemId: at.item.id, edit }]
  return call('scenarios:editList', { id: s.id, list: at.list, ...where, ops } as ScenarioListEdit)
}

/**
 * One field of a role, phase or inject. Its words (a name, a brief, a situation…) are edited in the
 * language the editor edits in (useEditLanguage) when the item has words in that language (a
 * starter scenario's): the translation, with the text as written to show through where it is blank
 * (`lang`, `asWritten`). An item added since has none: its words are written as typed, so they show
 * in every language, as its numbers and choices are.
 */
export function useItemField<T = string>(
  s: Scenario,
  at: ItemAt,
  field: keyof Item,
  label: string,
  codec: Codec<T> = asIs<T>(),
): Autosave<T> & InLanguage {
  const client = useQueryClient()
  const editing = useEditLanguage(s)
  const language =
    editing && translatable[at.list].includes(field) && translatedWords(s, at, editing) ? editing : undefined
  const save = recordSaver({
    codec,
    send: (value, base) => sendItemEdit(s, at, { field, value, base }, language),
    put: (record: Scenario) => putScenario(client, record),
    read: (record) => fromRecord(record, at, field, language),
  })
  const key = itemKeys(s, at) + (language ? `${language}.` : '') + field
  const auto = useAutosave(key, codec.show(fromRecord(latest(client, s), at, field, language) as T), save, label)
  return language ? { ...auto, lang: language, asWritten: String(find(s, at)[field] ?? '') } : auto
}
