/**
 * What the renderer may change in a workshop, and how: a field of the record (the
 * agenda and participants excepted), or operations on the agenda's blocks and the
 * participants. Run-mode times stay with `workshops:run`.
 */
import { z } from 'zod'
import { fieldEdit, leafSchemas, listOps } from './edits'
import { Block, Participant, WorkshopFields } from './workshop'

export const WorkshopEdit = fieldEdit(leafSchemas(WorkshopFields, ['agenda', 'participants']))
export type WorkshopEdit = z.infer<typeof WorkshopEdit>

const blockOps = listOps(Block, leafSchemas(Block, ['id', 'actualStart', 'actualEnd', 'extendedBy', 'pauses']))
const participantOps = listOps(Participant, leafSchemas(Participant, ['id']))

const id = z.string().min(1)
export const WorkshopListEdit = z.discriminatedUnion('list', [
  z.object({ id, list: z.literal('agenda'), ops: blockOps }).strict(),
  z.object({ id, list: z.literal('participants'), ops: participantOps }).strict(),
])
export type WorkshopListEdit = z.infer<typeof WorkshopListEdit>
export type BlockOp = Extract<WorkshopListEdit, { list: 'agenda' }>['ops'][number]
export type ParticipantOp = Extract<WorkshopListEdit, { list: 'participants' }>['ops'][number]
