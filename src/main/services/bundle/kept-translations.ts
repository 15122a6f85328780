/**
 * A bundle (or a teammate's change) from an app that did not know translations yet brings a method
 * or scenario with none. Taken whole, an "update" dropped the French and Arabic the library had
 * (the starter ones, or the facilitator's). Our translations are kept wherever the words they
 * translate arrive unchanged; where the words changed, the translation was of the old words and
 * goes, with our record, to the trash. A record that arrives with translations of its own is
 * taken as it is: its sender's app knew them. The plan and the team folder ask the same question
 * (`withOurTranslations`), so the same bundle imported again, or a log read again, changes nothing.
 */
import { saysSomething } from '@shared/in-language'
import { blankMethodTranslation, type Method, type MethodTranslation } from '@shared/method'
import {
  blankScenarioTranslation,
  injectFields,
  phaseFields,
  roleFields,
  type PhaseTranslation,
  type Scenario,
  type ScenarioTranslation,
  type ScenarioTranslations,
} from '@shared/scenario'

type Words = Record<string, unknown>

const methodFields = Object.keys(blankMethodTranslation()) as (keyof MethodTranslation)[]
const scenarioFields = Object.keys(blankScenarioTranslation()) as (keyof ScenarioTranslation)[]

/** words are strings or lists of strings; JSON also reads through the store's drafts */
const sameWords = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** The translated fields whose words are the same in both copies; undefined where none is. */
function kept(
  translated: Words | undefined,
  ours: Words | undefined,
  theirs: Words | undefined,
  fields: readonly string[],
) {
  if (!translated || !ours || !theirs) return undefined
  const same = fields.filter((f) => saysSomething(translated[f]) && sameWords(ours[f], theirs[f]))
  return same.length ? Object.fromEntries(same.map((f) => [f, translated[f]])) : undefined
}

/** The same for items by id (roles, phases' injects): an item gone from theirs loses its translation. */
function keptById<T extends { id: string }>(
  translated: Record<string, Words> | undefined,
  ours: T[] | undefined,
  theirs: T[] | undefined,
  fields: readonly string[],
) {
  const out: Record<string, Words> = {}
  for (const [id, words] of Object.entries(translated ?? {})) {
    const found = (list: T[] | undefined) => list?.find((x) => x.id === id) as Words | undefined
    const leaves = kept(words, found(ours), found(theirs), fields)
    if (leaves) out[id] = leaves
  }
  return Object.keys(out).length ? out : undefined
}

const arrivesWithout = (theirs: { translations: object }, ours: { translations: object }) =>
  Object.keys(theirs.translations).length === 0 && Object.keys(ours.translations).length > 0

/** Theirs, with each of our languages' translation as `keepIn` leaves it (none: the language goes). */
function keeping<R extends { translations: object }, T>(ours: R, theirs: R, keepIn: (tr: T) => T | undefined): R {
  if (!arrivesWithout(theirs, ours)) return theirs
  const translations: Record<string, T> = {}
  for (const [language, tr] of Object.entries(ours.translations) as [string, T][]) {
    const left = keepIn(tr)
    if (left) translations[language] = left
  }
  return { ...theirs, translations }
}

export const methodKeepingTranslations = (ours: Method, theirs: Method): Method =>
  keeping(ours, theirs, (tr: MethodTranslation) => {
    const leaves = kept(tr, ours, theirs, methodFields)
    return leaves && { ...blankMethodTranslation(), ...leaves }
  })

function phasesKept(tr: ScenarioTranslations, ours: Scenario, theirs: Scenario) {
  const out: Record<string, PhaseTranslation> = {}
  for (const [id, words] of Object.entries(tr.phases ?? {})) {
    const [o, t] = [ours.phases.find((p) => p.id === id), theirs.phases.find((p) => p.id === id)]
    const leaves = kept(words, o, t, phaseFields)
    const injects = keptById(words.injects, o?.injects, t?.injects, injectFields)
    if (leaves || injects) out[id] = { ...leaves, ...(injects && { injects }) }
  }
  return Object.keys(out).length ? out : undefined
}

export const scenarioKeepingTranslations = (ours: Scenario, theirs: Scenario): Scenario =>
  keeping(ours, theirs, (tr: ScenarioTranslations) => {
    const top = kept(tr, ours, theirs, scenarioFields)
    const roles = keptById(tr.roles, ours.roles, theirs.roles, roleFields)
    const phases = phasesKept(tr, ours, theirs)
    if (!top && !roles && !phases) return undefined
    return { ...blankScenarioTranslation(), ...top, ...(roles && { roles }), ...(phases && { phases }) }
  })

/** The record an update leaves: theirs, with ours' translations where they still hold. */
export function withOurTranslations<R>(kind: string, ours: R, theirs: R): R {
  if (kind === 'methods') return methodKeepingTranslations(ours as Method, theirs as Method) as R
  if (kind === 'scenarios') return scenarioKeepingTranslations(ours as Scenario, theirs as Scenario) as R
  return theirs
}
