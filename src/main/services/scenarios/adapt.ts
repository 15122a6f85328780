/**
 * Adapting a scenario to a context: a copy whose free text (shared/scenario-adapt.ts) has
 * the context's terms, previewed before it is written. Limits come from the schema itself.
 * A text the replacements push past its limit, or empty where one is required, refuses
 * the whole copy and names the field: cutting a brief would lose what the facilitator
 * wrote. The title alone is shortened to fit, because it is the app that adds
 * " (context)" to it and the original title is kept in `derivedFrom`.
 */
import type { z } from 'zod'
import { Inject, Phase, Role, ScenarioFields, type Scenario } from '@shared/scenario'
import { adaptWords, type AdaptWords } from '@shared/adapt-words'
import { freeText, type AdaptChange, type AdaptPreview, type AdaptRequest } from '@shared/scenario-adapt'
import { ServiceError } from '@shared/result'
import { userMessage, type UserMessage } from '@shared/user-message'
import type { Store } from '../../store/store'
import type { Clock } from '../clock'
import { createScenario, getScenario } from './scenarios'
import { excerpts, termReplacer, type Replaced } from './adapt-text'

interface Slot {
  path: (string | number)[]
  label: string
  schema: z.ZodString
  /** the object in the copy that holds the text, and its key */
  holder: Record<string, unknown>
  key: string | number
}

function slotsOf(copy: ScenarioFields, w: AdaptWords): Slot[] {
  const slots: Slot[] = []
  const add = (path: Slot['path'], label: string, schema: z.ZodString, holder: object) =>
    slots.push({ path, label, schema, holder: holder as Record<string, unknown>, key: path.at(-1)! })
  for (const k of freeText.scenario) add([k], w[k], ScenarioFields.shape[k], copy)
  copy.themes.forEach((_, n) => add(['themes', n], w.theme(n + 1), ScenarioFields.shape.themes.element, copy.themes))
  copy.learningObjectives.forEach((_, n) =>
    add(
      ['learningObjectives', n],
      w.objective(n + 1),
      ScenarioFields.shape.learningObjectives.element,
      copy.learningObjectives,
    ),
  )
  copy.roles.forEach((r, n) => {
    for (const k of freeText.role) add(['roles', n, k], `${w.role(r.name)} · ${w.roleField[k]}`, Role.shape[k], r)
  })
  copy.phases.forEach((p, n) => {
    for (const k of freeText.phase) add(['phases', n, k], `${w.phase(n + 1)} · ${w.phaseField[k]}`, Phase.shape[k], p)
    p.injects.forEach((i, m) => {
      for (const k of freeText.inject)
        add(['phases', n, 'injects', m, k], `${w.inject(n + 1, m + 1)} · ${w.injectField[k]}`, Inject.shape[k], i)
    })
  })
  return slots
}

function refusalOf(label: string, text: string, schema: z.ZodString): UserMessage | null {
  const max = schema.maxLength ?? Infinity
  if (text.length > max) return userMessage('adapt-too-long', { field: label, length: text.length, max })
  if ((schema.minLength ?? 0) > 0 && !text.trim()) return userMessage('adapt-empty', { field: label })
  return null
}

/** The source's title with the context after it, the title shortened if both would not fit. */
function adaptedTitle(replaced: string, contextName: string): string {
  const suffix = `(${contextName})`
  const max = ScenarioFields.shape.title.maxLength ?? Infinity
  const room = max - suffix.length - 1
  const title = replaced.length > room ? `${replaced.slice(0, room - 1).trimEnd()}…` : replaced
  return [title.trim(), suffix].filter(Boolean).join(' ')
}

interface Plan extends AdaptPreview {
  fields: ScenarioFields
}

function plan(source: Scenario, request: AdaptRequest, w: AdaptWords): Plan {
  const { id: _i, createdAt: _c, updatedAt: _u, run: _r, ...fields } = structuredClone(source)
  const replace = termReplacer(request.replacements)
  const changes: AdaptChange[] = []
  const refusals: UserMessage[] = []
  const note = (path: string, label: string, before: string, { text, count }: Replaced) => {
    const [b, a] = excerpts(before, text)
    changes.push({ path, label, before: b, after: a, count })
  }

  const title = replace(source.title)
  const finalTitle = adaptedTitle(title.text, request.contextName)
  note('title', w.title, source.title, { text: finalTitle, count: title.count })

  for (const slot of slotsOf(fields, w)) {
    const before = slot.holder[slot.key] as string
    const after = replace(before)
    if (after.count === 0) continue
    note(slot.path.join('.'), slot.label, before, after)
    const refusal = refusalOf(slot.label, after.text, slot.schema)
    if (refusal) refusals.push(refusal)
    slot.holder[slot.key] = after.text
  }
  return {
    title: finalTitle,
    changes,
    refusals,
    fields: {
      ...fields,
      title: finalTitle,
      derivedFrom: { scenarioId: source.id, title: source.title, contextName: request.contextName },
      // the translations are of the words before the replacements: the copy shows its adapted text in every language
      translations: {},
    },
  }
}

const wordsFor = (store: Store) => adaptWords[store.read().settings.language]

export function previewAdaptation(store: Store, request: AdaptRequest): AdaptPreview {
  const { title, changes, refusals } = plan(getScenario(store, request.id), request, wordsFor(store))
  return { title, changes, refusals }
}

export function adaptScenario(store: Store, clock: Clock, request: AdaptRequest): Promise<Scenario> {
  const { fields, refusals } = plan(getScenario(store, request.id), request, wordsFor(store))
  if (refusals[0]) throw new ServiceError('invalid-input', refusals[0])
  return createScenario(store, clock, fields)
}
