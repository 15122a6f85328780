/**
 * lowdb in one place, and the one door every change passes. A change runs on an Immer
 * draft, so only what it touches is copied; the door then checks every record it
 * added or altered against the schema db.json is read with, writes through the
 * adapter (durably, in the app), notes the change in the journal, and only then makes
 * it the library everyone reads and answers "ok". A change that fails any step leaves
 * the library, in memory and on disk, exactly as it was.
 */
import { Low, type Adapter } from 'lowdb'
import { createDraft, current, finishDraft, isDraft, setAutoFreeze } from 'immer'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import { emptyData, type Data } from './schema'
import { findChange, isEmptyChange, type Change } from './changes'
import { checkChange } from './write-check'
import { isDiskFull } from '../durable-write'

setAutoFreeze(false)

export interface Store {
  read(): Readonly<Data>
  update<T>(change: (data: Data) => T): Promise<T>
  /** Hears every acknowledged change (on disk), in the context of the call that made it. */
  subscribe(listener: (change: Change) => void): () => void
  /** Settles when every change asked for so far is on disk or refused (before the process ends). */
  idle(): Promise<void>
  /** Runs `work` between changes: none starts until it settles (a snapshot, a copy of the folder). */
  exclusive<T>(work: () => Promise<T>): Promise<T>
}

export interface StoreOptions {
  /** Called after each acknowledged change (the journal); its failure does not undo the write. */
  afterWrite?: (change: Change) => Promise<void>
}

/** What a change returns may hold drafts; hand back plain copies taken before the draft closes. */
function settle(value: unknown): unknown {
  if (isDraft(value)) return current(value)
  if (Array.isArray(value)) return value.map(settle)
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, settle(v)]))
  return value
}

export function writeRefusal(error: unknown): ServiceError {
  if (error instanceof ServiceError) return error
  if (isDiskFull(error)) return new ServiceError('disk-full', userMessage('disk-full'))
  return new ServiceError(
    'write-failed',
    userMessage('write-failed', { detail: error instanceof Error ? error.message : String(error) }),
  )
}

export function createStore(adapter: Adapter<Data>, initial: Data = emptyData(), options: StoreOptions = {}): Store {
  const db = new Low<Data>(adapter, initial)
  db.data = initial
  let queue: Promise<unknown> = Promise.resolve()
  const listeners = new Set<(change: Change) => void>()
  const tell = (change: Change) => {
    for (const listener of listeners) {
      try {
        listener(change)
      } catch (error) {
        console.error('store listener:', error)
      }
    }
  }
  const apply = async <T>(change: (data: Data) => T): Promise<T> => {
    const draft = createDraft(db.data)
    const result = settle(change(draft)) as T
    const next = finishDraft(draft) as Data
    const found = findChange(db.data, next)
    checkChange(found)
    await write(next)
    db.data = next
    if (isEmptyChange(found)) return result
    await options.afterWrite?.(found).catch((error: unknown) => console.error('journal:', error))
    tell(found)
    return result
  }
  const write = async (data: Data) => {
    try {
      await adapter.write(data)
    } catch (error) {
      throw writeRefusal(error)
    }
  }
  return {
    read: () => db.data,
    update<T>(change: (data: Data) => T): Promise<T> {
      const run = queue.then(() => apply(change))
      queue = run.catch(() => undefined)
      return run
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    idle: () => queue.then(() => undefined),
    exclusive<T>(work: () => Promise<T>): Promise<T> {
      const run = queue.then(work)
      queue = run.catch(() => undefined)
      return run
    },
  }
}
