/**
 * Adapting a scenario to a context changes words in what people read — titles, briefs,
 * situations, injects — and nothing the app counts on: ids, sectors, inject types,
 * minutes and links stay as they are. The free text is an explicit list, not "every
 * string", so a term that happens to be a fixed choice ("police", "media", "report")
 * cannot turn a copy into a record the store refuses.
 */
import { z } from 'zod'
import type { Inject, Phase, Role, ScenarioFields } from './scenario'
import type { UserMessage } from './user-message'

export const AdaptRequest = z
  .object({
    id: z.string().min(1),
    contextName: z.string().trim().min(1).max(200),
    replacements: z.array(z.object({ from: z.string().max(200), to: z.string().max(200) })).max(100),
  })
  .strict()
export type AdaptRequest = z.infer<typeof AdaptRequest>

/** The fields whose words are adapted, by the record that holds them; themes and objectives too. */
export const freeText = {
  scenario: ['setting'],
  role: ['name', 'publicBrief', 'privateBrief'],
  phase: ['title', 'gameTime', 'situation', 'tasks', 'debriefQuestions'],
  inject: ['means', 'from', 'to', 'content', 'facilitatorNote'],
} as const satisfies {
  scenario: (keyof ScenarioFields)[]
  role: (keyof Role)[]
  phase: (keyof Phase)[]
  inject: (keyof Inject)[]
}
export type RoleText = (typeof freeText.role)[number]
export type PhaseText = (typeof freeText.phase)[number]
export type InjectText = (typeof freeText.inject)[number]

/** One field the adaptation changes; `before` and `after` are excerpts around what changed. */
export interface AdaptChange {
  /** where in the record, e.g. `roles.2.name` */
  path: string
  /** where, for the facilitator, in their language */
  label: string
  before: string
  after: string
  /** how many terms were replaced (the title also changes by gaining the context) */
  count: number
}

export interface AdaptPreview {
  title: string
  changes: AdaptChange[]
  /** why the copy cannot be made as asked; empty when it can */
  refusals: UserMessage[]
}
