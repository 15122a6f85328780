/**
 * A workshop's field, or a field of one agenda block, bound to the one save-as-you-type
 * mechanism (save/use-autosave.ts): the edit names the field and the value it had when
 * the facilitator started typing, and the answer's record goes into the cache.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { FieldPath } from '@shared/edits'
import type { Block, Workshop, WorkshopFields } from '@shared/workshop'
import type { BlockOp, WorkshopEdit } from '@shared/workshop-edits'
import { call } from '../../api/api'
import { useAutosave, type Autosave } from '../../save/use-autosave'
import { asIs, valueAt, type Codec } from '../../save/codec'
import { recordSaver } from '../../save/record-saver'
import { putWorkshop, workshopKey } from './use-workshop'

export type WorkshopField = FieldPath<Omit<WorkshopFields, 'agenda' | 'participants'>>
export type BlockField = Exclude<keyof Block, 'id' | 'actualStart' | 'actualEnd' | 'extendedBy' | 'pauses'>

/**
 * The record as the cache holds it now, not as the page last drew it: a save's answer is put in
 * the cache at once but reaches the page's props a moment later, and a field that has just been
 * saved shows the record's value again — it must be the new one, or the next key typed lands on
 * the old text.
 */
export const latest = (client: QueryClient, w: Workshop) => client.getQueryData<Workshop>(workshopKey(w.id)) ?? w

export function useWorkshopField<T = string>(
  w: Workshop,
  field: WorkshopField,
  label: string,
  codec: Codec<T> = asIs<T>(),
  /** two controls editing one field (a day's date and start, both in `days`) keep apart in the outbox */
  part = '',
): Autosave<T> {
  const client = useQueryClient()
  const save = recordSaver({
    codec,
    send: (value, base) => call('workshops:edit', { id: w.id, edit: { field, value, base } as WorkshopEdit }),
    put: (record: Workshop) => putWorkshop(client, record),
    read: (record) => valueAt(record, field),
  })
  const key = `workshop/${w.id}/${field}${part && `.${part}`}`
  return useAutosave(key, codec.show(valueAt(latest(client, w), field)), save, label)
}

export const blockKeys = (w: Workshop, block: Block) => `workshop/${w.id}/agenda/${block.id}/`

export function useBlockField<T = string>(
  w: Workshop,
  block: Block,
  field: BlockField,
  label: string,
  codec: Codec<T> = asIs<T>(),
  /** two controls editing one field (a facilitator's name and sector) keep apart in the outbox */
  part = '',
): Autosave<T> {
  const client = useQueryClient()
  const blockIn = (record: Workshop) => record.agenda.find((b) => b.id === block.id) ?? block
  const save = recordSaver({
    codec,
    send: (value, base) => {
      const op = { op: 'set', itemId: block.id, edit: { field, value, base } } as BlockOp
      return call('workshops:editList', { id: w.id, list: 'agenda', ops: [op] })
    },
    put: (record: Workshop) => putWorkshop(client, record),
    read: (record) => blockIn(record)[field],
  })
  const key = blockKeys(w, block) + field + (part && `.${part}`)
  return useAutosave(key, codec.show(blockIn(latest(client, w))[field]), save, label)
}
