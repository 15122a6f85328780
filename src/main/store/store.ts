/**
 * lowdb in one place. The store wraps a `Low<Data>` whose adapter is an argument
 * (JSONFile in the app, Memory in tests) and serialises every write through
 * `update`, so concurrent handlers never interleave a read-modify-write.
 */
import { Low, type Adapter } from 'lowdb'
import { emptyData, type Data } from './schema'

export interface Store {
  read(): Readonly<Data>
  update<T>(change: (data: Data) => T): Promise<T>
}

export function createStore(adapter: Adapter<Data>, initial: Data = emptyData()): Store {
  const db = new Low<Data>(adapter, initial)
  db.data = initial
  let queue: Promise<unknown> = Promise.resolve()
  return {
    read: () => db.data,
    update<T>(change: (data: Data) => T): Promise<T> {
      const run = queue.then(async () => {
        const draft = structuredClone(db.data)
        const result = change(draft)
        await adapter.write(draft)
        db.data = draft
        return result
      })
      queue = run.catch(() => undefined)
      return run
    },
  }
}
