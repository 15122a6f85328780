/**
 * The one trash (DESIGN.md §3 rule 11). Whatever a delete, a reset or an overwrite
 * takes away is kept here whole, with the record it belonged to, so one Undo — or the
 * trash list, later — puts it back. Deletes answer a `Trashed` ticket the renderer
 * offers to undo; the record itself stays on the main side.
 */
import { z } from 'zod'
import { Annotation, Resource } from './model'
import { GlossaryTerm } from './glossary'
import { Method } from './method'
import { TimelineEvent } from './timeline'
import { Block, BlockTemplate, Participant, Workshop, WorkshopNote } from './workshop'
import { Inject, Phase, Role, Scenario, ScenarioRun } from './scenario'

const base = {
  id: z.string().min(1),
  deletedAt: z.string().min(1),
  /** what the facilitator called it: a title, a term, the start of a note */
  label: z.string().max(200),
  /** the record an item belonged to: a note's workshop, a run's scenario, a draft's workshop */
  parentId: z.string().min(1).nullable(),
}

const entry = <K extends string, S extends z.ZodType>(kind: K, record: S) =>
  z.object({ ...base, kind: z.literal(kind), record })

/** An item taken out of a record's list (an agenda block, an inject), with where it stood. */
const placed = <S extends z.ZodType>(item: S) =>
  z.object({
    item,
    /** the item it stood before, or null at the end */
    before: z.string().min(1).nullable(),
    /** an inject's phase */
    within: z.string().min(1).nullable(),
  })

/** Kinds that are an item inside their parent record: Undo puts the item back into it. */
export const itemKinds = ['block', 'participant', 'role', 'phase', 'inject'] as const

export const TrashEntry = z.discriminatedUnion('kind', [
  entry('resource', Resource),
  entry('annotation', Annotation),
  entry('glossary', GlossaryTerm),
  entry('method', Method),
  entry('timeline', TimelineEvent),
  entry('workshop', Workshop),
  entry('scenario', Scenario),
  entry('template', BlockTemplate),
  entry('note', WorkshopNote),
  entry('run', ScenarioRun),
  entry('draft', z.object({ draft: z.string().max(500_000) })),
  entry('block', placed(Block)),
  entry('participant', placed(Participant)),
  entry('role', placed(Role)),
  entry('phase', placed(Phase)),
  entry('inject', placed(Inject)),
])
export type TrashEntry = z.infer<typeof TrashEntry>
export type TrashKind = TrashEntry['kind']

/** What the renderer is told about an entry: enough to offer Undo and list the trash. */
export interface Trashed {
  id: string
  kind: TrashKind
  label: string
  deletedAt: string
  parentId: string | null
  /** the id of the record that comes back (for a run, a draft or an item: the scenario or workshop it is in) */
  recordId: string
  /** a draft's first lines, so the facilitator can tell versions apart */
  excerpt?: string
}

export interface Restored {
  restored: Trashed
  /** what the restored value replaced (a run, a draft), itself kept in the trash */
  displaced: Trashed | null
}

const excerptOf = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 160)

export function ticketFor(e: TrashEntry): Trashed {
  const { id, kind, label, deletedAt, parentId } = e
  const recordId = 'id' in e.record ? e.record.id : (parentId ?? '')
  return {
    id,
    kind,
    label,
    deletedAt,
    parentId,
    recordId,
    ...(e.kind === 'draft' ? { excerpt: excerptOf(e.record.draft) } : {}),
  }
}

export const labelFor = (text: string): string => {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 80 ? `${line.slice(0, 79)}…` : line
}
