/**
 * One change to one record through the store's door, answered as an EditOutcome: the
 * record as it is now, or — when the change collides with another — the conflict and
 * the record untouched (the change throws inside the store's update, so its draft is
 * dropped and nothing is written).
 */
import type { Conflict, EditOutcome } from '@shared/edits'
import type { Data } from '../../store/schema'
import type { Store } from '../../store/store'
import type { Clock } from '../clock'

class Collided extends Error {
  constructor(readonly conflict: Conflict) {
    super(`conflict on ${conflict.field}`)
  }
}

export async function editRecord<T extends { updatedAt: string }>(
  store: Store,
  clock: Clock,
  find: (data: Readonly<Data>) => T,
  /** `data` is the store's draft, for a change that also keeps something in the trash */
  change: (record: T, data: Data) => Conflict | null,
): Promise<EditOutcome<T>> {
  try {
    const record = await store.update((data) => {
      const found = find(data)
      const conflict = change(found, data)
      if (conflict) throw new Collided(conflict)
      found.updatedAt = clock.now()
      return found
    })
    return { record, conflict: null }
  } catch (error) {
    if (error instanceof Collided) return { record: find(store.read()), conflict: error.conflict }
    throw error
  }
}
