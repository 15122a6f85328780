/**
 * Applies the renderer's changes (shared/edits.ts) to a record as it is now, inside the
 * store's change (an Immer draft). A field edit whose `base` no longer matches what the
 * field holds — and whose value is not already there — is a conflict: it is reported
 * and nothing is applied. List operations are applied by item id, so two pages adding
 * or moving items never undo each other; adding an item that is already there, or
 * removing one that is gone, does nothing (a retried save is harmless).
 */
import { sameValue, type Conflict, type FieldEdit, type ListOp } from '@shared/edits'
import type { ServiceError } from '@shared/result'

type Obj = Record<string, unknown>

function parentOf(target: Obj, path: string[]): Obj {
  let at = target
  for (const key of path.slice(0, -1)) at = at[key] as Obj
  return at
}

/** Sets the field unless it collides; answers the conflict (nothing set) or null. */
export function applyField(target: object, edit: FieldEdit, itemId?: string): Conflict | null {
  const path = edit.field.split('.')
  const parent = parentOf(target as Obj, path)
  const key = path.at(-1)!
  const theirs = parent[key]
  if (edit.base !== undefined && !sameValue(theirs, edit.base) && !sameValue(theirs, edit.value))
    return { field: edit.field, ...(itemId ? { itemId } : {}), theirs, mine: edit.value }
  parent[key] = edit.value
  return null
}

export interface ListRules<T> {
  /** the error to throw when an operation names an item that is not there */
  gone(): ServiceError
  /** `step` swaps with the nearest neighbour in the same group (an agenda's day) */
  sameGroup?(a: T, b: T): boolean
  /** told of each item a `remove` takes out, and of the item it stood before (null: the end) */
  removed?(item: T, before: string | null): void
}

const indexOf = <T extends { id: string }>(list: T[], id: string | null | undefined) =>
  id ? list.findIndex((x) => x.id === id) : -1

function insert<T extends { id: string }>(list: T[], item: T, before: string | null | undefined) {
  const at = indexOf(list, before)
  list.splice(at < 0 ? list.length : at, 0, item)
}

function step<T extends { id: string }>(list: T[], i: number, by: -1 | 1, rules: ListRules<T>) {
  const same = rules.sameGroup ?? (() => true)
  let j = i + by
  while (j >= 0 && j < list.length && !same(list[i]!, list[j]!)) j += by
  if (j < 0 || j >= list.length) return
  ;[list[i], list[j]] = [list[j]!, list[i]!]
}

function applyOp<T extends { id: string }>(list: T[], op: ListOp, rules: ListRules<T>): Conflict | null {
  if (op.op === 'add') {
    if (indexOf(list, op.item.id) < 0) insert(list, op.item as T, op.before)
    return null
  }
  const i = indexOf(list, op.itemId)
  if (op.op === 'remove') {
    if (i < 0) return null
    const [item] = list.splice(i, 1)
    rules.removed?.(item!, list[i]?.id ?? null)
    return null
  }
  if (i < 0) throw rules.gone()
  if (op.op === 'set') return applyField(list[i]!, op.edit, op.itemId)
  if (op.op === 'step') step(list, i, op.by, rules)
  else if (op.op === 'move' && op.before !== op.itemId) insert(list, list.splice(i, 1)[0]!, op.before)
  return null
}

/** Applies every operation in order; the first conflict stops it (the caller then writes nothing). */
export function applyListOps<T extends { id: string }>(list: T[], ops: ListOp[], rules: ListRules<T>): Conflict | null {
  for (const op of ops) {
    const conflict = applyOp(list, op, rules)
    if (conflict) return conflict
  }
  return null
}
