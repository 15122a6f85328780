/** Scenario exercises (DESIGN.md §2): roles with public and private briefs, timed phases, injects. */
import { userMessage, type UserMessage } from './user-message'
import { z } from 'zod'
import { sectors } from './workshop'
import { inLanguage } from './in-language'

export const injectTypes = ['news', 'message', 'call', 'report', 'rumour', 'event'] as const

export const Role = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(200),
  sector: z.enum(sectors),
  publicBrief: z.string().max(20_000),
  privateBrief: z.string().max(20_000),
})
export type Role = z.infer<typeof Role>

export const Inject = z.object({
  id: z.string().min(1),
  atMinute: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  type: z.enum(injectTypes),
  means: z.string().max(200),
  from: z.string().max(200),
  to: z.string().max(200),
  content: z.string().max(20_000),
  facilitatorNote: z.string().max(20_000),
})
export type Inject = z.infer<typeof Inject>

export const Phase = z.object({
  id: z.string().min(1),
  title: z.string().min(1).max(300),
  gameTime: z.string().max(200),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  situation: z.string().max(20_000),
  tasks: z.string().max(20_000),
  debriefQuestions: z.string().max(20_000),
  injects: z.array(Inject).max(100),
})
export type Phase = z.infer<typeof Phase>

/** The interface languages a scenario's first words (title, setting…) may be given in besides the one it is written in. */
export const scenarioLanguages = ['fr', 'ar'] as const
export type ScenarioLanguage = (typeof scenarioLanguages)[number]

/**
 * What a facilitator reads first about a scenario — its title, setting, themes and learning
 * objectives — in another interface language (the starter scenarios carry French and Arabic).
 * These are the fields the scenario editor edits in French or Arabic. An empty field shows the
 * text as written.
 */
export const ScenarioTranslation = z.object({
  title: z.string().max(300),
  setting: z.string().max(20_000),
  themes: z.array(z.string().max(100)).max(30),
  learningObjectives: z.array(z.string().max(1000)).max(30),
})
export type ScenarioTranslation = z.infer<typeof ScenarioTranslation>

/** A record keyed by item id, at most `max` items. */
const byId = <T extends z.ZodType>(item: T, max: number) =>
  z.record(z.string().min(1).max(100), item).refine((r) => Object.keys(r).length <= max, { message: `at most ${max}` })

/** A role's words in another language; a field left out or blank shows as written. */
export const RoleTranslation = z
  .object({
    name: z.string().max(200),
    publicBrief: z.string().max(20_000),
    privateBrief: z.string().max(20_000),
  })
  .partial()
export type RoleTranslation = z.infer<typeof RoleTranslation>

/** An inject's words in another language; a field left out or blank shows as written. */
export const InjectTranslation = z
  .object({
    means: z.string().max(200),
    from: z.string().max(200),
    to: z.string().max(200),
    content: z.string().max(20_000),
    facilitatorNote: z.string().max(20_000),
  })
  .partial()
export type InjectTranslation = z.infer<typeof InjectTranslation>

/** A phase's words in another language, its injects' by inject id; a field left out or blank shows as written. */
export const PhaseTranslation = z
  .object({
    title: z.string().max(300),
    gameTime: z.string().max(200),
    situation: z.string().max(20_000),
    tasks: z.string().max(20_000),
    debriefQuestions: z.string().max(20_000),
    injects: byId(InjectTranslation, 100),
  })
  .partial()
export type PhaseTranslation = z.infer<typeof PhaseTranslation>

/**
 * A scenario in another language: its first words and its roles' and phases' words by role and
 * phase id. The scenario editor edits them with the interface in that language; with the interface
 * in English it edits the text as written, and a role's, phase's or inject's field edited so drops
 * that field's translations (services/scenarios/scenario-edits.ts).
 */
export const ScenarioTranslations = ScenarioTranslation.extend({
  roles: byId(RoleTranslation, 60).optional(),
  phases: byId(PhaseTranslation, 30).optional(),
})
export type ScenarioTranslations = z.infer<typeof ScenarioTranslations>

/** A language's translation before any of it is written: a field left empty shows the text as written. */
export const blankScenarioTranslation = (): ScenarioTranslations => ({
  title: '',
  setting: '',
  themes: [],
  learningObjectives: [],
})

export const ScenarioFields = z.object({
  title: z.string().min(1).max(300),
  setting: z.string().max(20_000),
  themes: z.array(z.string().max(100)).max(30),
  learningObjectives: z.array(z.string().max(1000)).max(30),
  roles: z.array(Role).max(60),
  phases: z.array(Phase).max(30),
  links: z.array(z.object({ resourceId: z.string(), page: z.number().int().positive().nullable() })).max(30),
  derivedFrom: z.object({ scenarioId: z.string(), title: z.string(), contextName: z.string() }).nullable(),
  /** title, setting, themes, objectives, roles' and phases' words in the other interface languages (none in an old record) */
  translations: z.partialRecord(z.enum(scenarioLanguages), ScenarioTranslations).default({}),
})
export type ScenarioFields = z.infer<typeof ScenarioFields>

export const ScenarioRun = z.object({
  phaseIndex: z.number().int().min(0),
  phaseStartedAt: z.string().nullable(),
  released: z.array(z.object({ injectId: z.string(), at: z.string(), by: z.enum(['schedule', 'hand']) })),
  notes: z.array(z.object({ id: z.string(), phaseId: z.string(), at: z.string(), text: z.string().max(20_000) })),
  finished: z.boolean(),
})
export type ScenarioRun = z.infer<typeof ScenarioRun>

export const Scenario = ScenarioFields.extend({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  run: ScenarioRun.nullable(),
})
export type Scenario = z.infer<typeof Scenario>

/** What is wrong with a scenario's timings (injects after their phase ends, out of order), as messages with ids. */
export function timingProblems(s: Pick<ScenarioFields, 'phases'>): UserMessage[] {
  const problems: UserMessage[] = []
  for (const p of s.phases) {
    for (const i of p.injects) {
      if (i.atMinute >= p.minutes)
        problems.push(userMessage('inject-after-phase', { phase: p.title, minute: i.atMinute, minutes: p.minutes }))
    }
    const minutes = p.injects.map((i) => i.atMinute)
    if (minutes.some((m, k) => k > 0 && m < minutes[k - 1]!))
      problems.push(userMessage('injects-out-of-order', { phase: p.title }))
  }
  return problems
}

export const totalMinutes = (s: Pick<ScenarioFields, 'phases'>) => s.phases.reduce((n, p) => n + p.minutes, 0)

/** Who sent an inject to whom, and how, as one line; empty parts left out. */
export const injectRoute = (i: Pick<Inject, 'from' | 'to' | 'means'>): string =>
  [[i.from, i.to].filter(Boolean).join(' → '), i.means].filter(Boolean).join(' · ')

const pick = <T extends object, K extends keyof T & string>(
  written: T,
  translated: Partial<Record<K, unknown>> | undefined,
  fields: readonly K[],
): T => {
  const shown = { ...written }
  for (const f of fields) shown[f] = inLanguage({ ...written, translations: { t: translated ?? {} } }, f, 't').value
  return shown
}

/** The words of a role, phase and inject that a translation may give (RoleTranslation, PhaseTranslation, InjectTranslation). */
export const roleFields = ['name', 'publicBrief', 'privateBrief'] as const
export const phaseFields = ['title', 'gameTime', 'situation', 'tasks', 'debriefQuestions'] as const
export const injectFields = ['means', 'from', 'to', 'content', 'facilitatorNote'] as const

/** Where one role, phase or inject sits in a scenario (an inject within its phase). */
export type ItemPlace =
  | { list: 'roles'; itemId: string }
  | { list: 'phases'; itemId: string }
  | { list: 'injects'; itemId: string; phaseId: string }

/** That item's words in one translation, as the record holds them; undefined where it has none. */
export function itemWordsIn(
  tr: ScenarioTranslations | undefined,
  at: ItemPlace,
): Partial<Record<string, unknown>> | undefined {
  if (at.list === 'roles') return tr?.roles?.[at.itemId]
  if (at.list === 'phases') return tr?.phases?.[at.itemId]
  return tr?.phases?.[at.phaseId]?.injects?.[at.itemId]
}

/**
 * The scenario in `language`: its title, setting, themes and objectives, and its roles', phases'
 * and injects' words (by id), field by field where it has them, else as written.
 */
export function scenarioIn<
  S extends Pick<ScenarioFields, keyof ScenarioTranslation | 'translations' | 'roles' | 'phases'>,
>(s: S, language: string): S {
  const tr = (s.translations as Partial<Record<string, ScenarioTranslations>>)[language]
  return {
    ...s,
    title: inLanguage(s, 'title', language).value,
    setting: inLanguage(s, 'setting', language).value,
    themes: inLanguage(s, 'themes', language).value,
    learningObjectives: inLanguage(s, 'learningObjectives', language).value,
    roles: s.roles.map((r) => pick(r, itemWordsIn(tr, { list: 'roles', itemId: r.id }), roleFields)),
    phases: s.phases.map((p) => ({
      ...pick(p, itemWordsIn(tr, { list: 'phases', itemId: p.id }), phaseFields),
      injects: p.injects.map((i) =>
        pick(i, itemWordsIn(tr, { list: 'injects', itemId: i.id, phaseId: p.id }), injectFields),
      ),
    })),
  }
}
