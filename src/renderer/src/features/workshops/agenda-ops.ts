/**
 * What the agenda's buttons ask the main side to do, as operations on the agenda as it
 * is there now (never a whole agenda built from this page's copy: eight quick clicks on
 * "Add a block" add eight blocks, and another page's changes stay).
 */
import { blankBlock, type Block, type BlockTemplate } from '@shared/workshop'
import type { BlockOp } from '@shared/workshop-edits'

export const newBlock = (day: number, kind: Block['kind'] = 'input'): Block =>
  blankBlock(crypto.randomUUID(), day, kind)

export const addBlock = (day: number, kind?: Block['kind']): BlockOp[] => [{ op: 'add', item: newBlock(day, kind) }]

export const addFromTemplate = (day: number, tpl: BlockTemplate): BlockOp[] => [
  {
    op: 'add',
    item: {
      ...newBlock(day, tpl.kind),
      title: tpl.title,
      minutes: tpl.minutes,
      facilitators: tpl.facilitators,
      links: tpl.links,
    },
  },
]

/** A block dropped on another goes before it, into its day. */
export function dropBefore(dragged: Block | undefined, target: Block): BlockOp[] {
  if (!dragged || dragged.id === target.id) return []
  const day: BlockOp[] =
    dragged.day === target.day ? [] : [{ op: 'set', itemId: dragged.id, edit: { field: 'day', value: target.day } }]
  return [...day, { op: 'move', itemId: dragged.id, before: target.id }]
}
