/**
 * The facilitator's workshop (DESIGN.md §2): before (record, context, checklist,
 * participants, agenda), during (actual times, notes) and after (report). Pure
 * helpers that both sides use (timing, balance) live here too.
 */
import { z } from 'zod'

/** An agenda has at most this many days. */
export const MAX_DAYS = 14

export const sectors = ['civil-society', 'government', 'military', 'police', 'un-ingo', 'community', 'media'] as const
export const genders = ['female', 'male', 'other', 'undisclosed'] as const
export const blockKinds = [
  'opening',
  'input',
  'exercise',
  'scenario',
  'plenary',
  'break',
  'evaluation',
  'closing',
] as const
export const noteKinds = ['observation', 'quote', 'action', 'decision', 'parking-lot'] as const
export const strategies = ['designGroup', 'terminology', 'coFacilitation', 'regionalCases'] as const

export const Participant = z.object({
  id: z.string().min(1),
  name: z.string().max(200),
  organisation: z.string().max(200),
  sector: z.enum(sectors),
  gender: z.enum(genders),
  consent: z.boolean(),
})
export type Participant = z.infer<typeof Participant>

export const Facilitator = z.object({ name: z.string().max(200), sector: z.enum(sectors) })

/** A stretch of time a running block was paused (the room's clocks stood still); `until` null while it lasts. */
export const Pause = z.object({ at: z.string(), until: z.string().nullable() })
export type Pause = z.infer<typeof Pause>

export const Block = z.object({
  id: z.string().min(1),
  day: z.number().int().min(1).max(MAX_DAYS),
  kind: z.enum(blockKinds),
  title: z.string().max(300),
  minutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  facilitators: z.array(Facilitator).max(10),
  links: z.array(z.object({ resourceId: z.string(), page: z.number().int().positive().nullable() })).max(20),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  extendedBy: z.number().int().min(0),
  /** The scenario exercise this block runs, if any. */
  scenarioId: z.string().nullable().default(null),
  /** Run mode's pauses of this block: kept so planned-against-actual leaves them out. */
  pauses: z.array(Pause).max(200).default([]),
  /** The facilitation method this block follows, if any (its page in Methods). */
  methodId: z.string().nullable().default(null),
})
export type Block = z.infer<typeof Block>

export const WorkshopNote = z.object({
  id: z.string().min(1),
  at: z.string(),
  blockId: z.string().nullable(),
  kind: z.enum(noteKinds),
  text: z.string().max(20_000),
})
export type WorkshopNote = z.infer<typeof WorkshopNote>

/**
 * One agenda day's own date and start time, by day number (index 0 is day 1). An empty
 * value follows the workshop: the day after the day before (day 1: the start date) and
 * the workshop's `dayStart`.
 */
export const AgendaDaySetting = z.object({
  date: z.union([z.literal(''), z.iso.date()]),
  start: z.union([z.literal(''), z.string().regex(/^\d{2}:\d{2}$/)]),
})
export type AgendaDaySetting = z.infer<typeof AgendaDaySetting>
const ChecklistItem = z.object({ done: z.boolean(), notes: z.string().max(20_000) })

export const WorkshopFields = z.object({
  title: z.string().min(1).max(300),
  startDate: z.string().max(10),
  endDate: z.string().max(10),
  venue: z.string().max(300),
  hosts: z.string().max(1000),
  audience: z.string().max(2000),
  objectives: z.string().max(20_000),
  language: z.string().max(20),
  designGroup: z.string().max(5000),
  coFacilitators: z.string().max(2000),
  dayStart: z.string().regex(/^\d{2}:\d{2}$/),
  dayMaxMinutes: z
    .number()
    .int()
    .min(60)
    .max(24 * 60),
  days: z.array(AgendaDaySetting).max(MAX_DAYS).default([]),
  context: z.object({
    region: z.string().max(300),
    keyChallenges: z.string().max(20_000),
    stakeholders: z.string().max(20_000),
    terminology: z.string().max(20_000),
    localCases: z.string().max(20_000),
    conflictAnalysis: z.string().max(20_000),
    /** Library resources (background notes, case studies) that describe this context. */
    backgroundNotes: z.array(z.string()).max(50).default([]),
  }),
  checklist: z.object(
    Object.fromEntries(strategies.map((s) => [s, ChecklistItem])) as Record<
      (typeof strategies)[number],
      typeof ChecklistItem
    >,
  ),
  participants: z.array(Participant).max(500),
  agenda: z.array(Block).max(400),
  report: z.object({ draft: z.string().max(500_000), excludeNames: z.boolean() }),
})
export type WorkshopFields = z.infer<typeof WorkshopFields>

export const Workshop = WorkshopFields.extend({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  notes: z.array(WorkshopNote),
  runningBlockId: z.string().nullable(),
})
export type Workshop = z.infer<typeof Workshop>

/** A block as "Add a block" makes it: untitled, not yet run. */
export const blankBlock = (id: string, day: number, kind: Block['kind'] = 'input'): Block => ({
  id,
  day,
  kind,
  title: '',
  minutes: kind === 'break' ? 15 : 45,
  facilitators: [],
  links: [],
  actualStart: null,
  actualEnd: null,
  extendedBy: 0,
  scenarioId: null,
  pauses: [],
  methodId: null,
})

/** Breaks have no facilitator (and so no sector): whatever a block of kind "break" carried is dropped. */
export const tidyBlock = <B extends Block>(b: B): B =>
  b.kind === 'break' && b.facilitators.length ? { ...b, facilitators: [] } : b

export function blankWorkshop(title: string): WorkshopFields {
  return {
    title,
    startDate: '',
    endDate: '',
    venue: '',
    hosts: '',
    audience: '',
    objectives: '',
    language: 'en',
    designGroup: '',
    coFacilitators: '',
    dayStart: '09:00',
    dayMaxMinutes: 8 * 60,
    days: [],
    context: {
      region: '',
      keyChallenges: '',
      stakeholders: '',
      terminology: '',
      localCases: '',
      conflictAnalysis: '',
      backgroundNotes: [],
    },
    checklist: Object.fromEntries(
      strategies.map((s) => [s, { done: false, notes: '' }]),
    ) as WorkshopFields['checklist'],
    participants: [],
    agenda: [],
    report: { draft: '', excludeNames: true },
  }
}

/** A reusable block: what a facilitator runs again and again (an energiser, a debrief format). */
export const BlockTemplate = z.object({
  id: z.string().min(1),
  kind: z.enum(blockKinds),
  title: z.string().min(1).max(300),
  minutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  facilitators: z.array(Facilitator).max(10),
  links: Block.shape.links,
})
export type BlockTemplate = z.infer<typeof BlockTemplate>
