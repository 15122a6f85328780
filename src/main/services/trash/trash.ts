/**
 * The one trash on the main side. Services call `throwAway` inside the same store
 * change that removes or replaces something, so the record and its trash entry are
 * written together (nothing acknowledged is lost between them). `restore` puts an entry
 * back where it was; entries older than KEEP_DAYS are emptied at start-up.
 */
import type { Resource } from '@shared/model'
import { ServiceError } from '@shared/result'
import { labelFor, ticketFor, type itemKinds, type Restored, type TrashEntry, type Trashed } from '@shared/trash'
import { userMessage } from '@shared/user-message'
import type { Data } from '../../store/schema'
import type { Store } from '../../store/store'
import { newId, type Clock } from '../clock'
import { putBack } from './put-back'

export const KEEP_DAYS = 30

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
export type NewTrashEntry = DistributiveOmit<TrashEntry, 'id' | 'deletedAt'>

/** Keeps what a change takes away; call it inside that change's store.update. */
export function throwAway(data: Data, clock: Clock, entry: NewTrashEntry): Trashed {
  const kept = { ...entry, id: newId(), deletedAt: clock.now() } as TrashEntry
  data.trash.push(kept)
  return ticketFor(kept)
}

export const listTrash = (store: Store): Trashed[] =>
  store
    .read()
    .trash.map(ticketFor)
    .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))

export function restoreFromTrash(store: Store, clock: Clock, id: string): Promise<Restored> {
  return store.update((data) => {
    const index = data.trash.findIndex((e) => e.id === id)
    if (index < 0) throw new ServiceError('not-found', userMessage('undo-expired'))
    const [entry] = data.trash.splice(index, 1) as [TrashEntry]
    const displaced = putBack(data, clock, entry)
    return { restored: ticketFor(entry), displaced: displaced && throwAway(data, clock, displaced) }
  })
}

export const trashedResources = (data: Readonly<Data>): Resource[] =>
  data.trash.flatMap((e) => (e.kind === 'resource' ? [e.record] : []))

/** At start-up: entries kept longer than KEEP_DAYS go, with the reading places and annotations of resources gone for good. */
export async function emptyOldTrash(store: Store, clock: Clock): Promise<void> {
  const cutoff = new Date(Date.parse(clock.now()) - KEEP_DAYS * 86_400_000).toISOString()
  if (!store.read().trash.some((e) => e.deletedAt < cutoff)) return
  await store.update((data) => {
    data.trash = data.trash.filter((e) => e.deletedAt >= cutoff)
    const known = new Set([...data.resources, ...trashedResources(data)].map((r) => r.id))
    data.annotations = data.annotations.filter((a) => known.has(a.resourceId))
    data.readingStates = data.readingStates.filter((s) => known.has(s.resourceId))
  })
}

/** Takes the record with `id` out of `list` (inside a store change), or throws `gone`. */
export function takeOut<T extends { id: string }>(list: T[], id: string, gone: () => Error): T {
  const index = list.findIndex((r) => r.id === id)
  if (index < 0) throw gone()
  return list.splice(index, 1)[0]!
}

/**
 * A list rule (edits/apply-edits.ts `removed`) that keeps each item a change removes in
 * the trash, inside that change, and collects its ticket for the answer.
 */
export function keepRemoved<T>(
  data: Data,
  clock: Clock,
  into: Trashed[],
  where: { kind: (typeof itemKinds)[number]; parentId: string; within?: string },
  labelOf: (item: T) => string,
) {
  return (item: T, before: string | null): void => {
    const record = { item, before, within: where.within ?? null }
    const entry = { kind: where.kind, label: labelFor(labelOf(item)), parentId: where.parentId, record }
    into.push(throwAway(data, clock, entry as NewTrashEntry))
  }
}

/** An edit's answer with the tickets of what it removed (none when it collided: nothing was written). */
export const withTrashed = <O extends { conflict: unknown }>(outcome: O, trashed: Trashed[]): O =>
  outcome.conflict || !trashed.length ? outcome : { ...outcome, trashed }
