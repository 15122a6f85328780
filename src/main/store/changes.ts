/**
 * What one change did to the library, found by identity: the store copies only what a
 * change touches (Immer), so a record that is still the same object is unchanged and
 * needs no check, no new JSON and no journal line. This is what keeps the write door
 * cheap on a large library: the cost follows the size of the change, not of the data.
 */
import { collectionNames, singleNames, type CollectionName, type Data, type SingleName } from './schema'

type AnyRecord = Record<string, unknown>

export interface Change {
  /** Single values (settings, flags) that are new objects or new values. */
  singles: Partial<Record<SingleName, unknown>>
  /** Records added or changed, per list. */
  put: Partial<Record<CollectionName, AnyRecord[]>>
  /** Keys of records that left a list. */
  removed: Partial<Record<CollectionName, string[]>>
  /** Lists that now hold two records with one id. */
  duplicated: CollectionName[]
}

export const recordKey = (record: unknown): string => {
  const r = record as AnyRecord
  return String(r.id ?? r.resourceId ?? '')
}

export function findChange(before: Data, after: Data): Change {
  const change: Change = { singles: {}, put: {}, removed: {}, duplicated: [] }
  for (const name of singleNames) if (before[name] !== after[name]) change.singles[name] = after[name]
  for (const name of collectionNames) {
    const old = before[name] as unknown as AnyRecord[]
    const now = after[name] as unknown as AnyRecord[]
    if (old === now) continue
    const unchanged = new Set(old)
    const put = now.filter((r) => !unchanged.has(r))
    const kept = new Set(now.map(recordKey))
    if (kept.size < now.length) change.duplicated.push(name)
    const removed = old.map(recordKey).filter((key) => !kept.has(key))
    if (put.length) change.put[name] = put
    if (removed.length) change.removed[name] = removed
  }
  return change
}

export const isEmptyChange = (c: Change): boolean =>
  !Object.keys(c.singles).length && !Object.keys(c.put).length && !Object.keys(c.removed).length
