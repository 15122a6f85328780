/** Puts a workshop's fields, blocks and participants in place the way the renderer does: one change at a time. */
import type { WorkshopFields } from '@shared/workshop'

type Send = (channel: string, input: unknown) => Promise<unknown>

export async function fillWorkshop(send: Send, id: string, patch: Partial<WorkshopFields>): Promise<void> {
  for (const [field, value] of Object.entries(patch)) {
    if (field === 'agenda' || field === 'participants') {
      for (const item of value as { id: string }[])
        await send('workshops:editList', { id, list: field, ops: [{ op: 'add', item }] })
    } else {
      await send('workshops:edit', { id, edit: { field, value } })
    }
  }
}
