/**
 * What the facilitator typed and the page has not yet seen acknowledged, kept outside
 * React: a field that leaves the screen (another area, another tab of the workshop)
 * still saves, keeps retrying while the server is away, and shows its unsaved text
 * again when it comes back. One entry per field, by key ("workshop/<id>/venue").
 *
 * An entry remembers the value the field had when the facilitator started typing
 * (`base`); the save sends it along, so the main side can tell a real collision from
 * an ordinary change, and answers `theirs` when the same field changed elsewhere.
 */
import { sameValue } from '@shared/same-value'
import { ApiError } from '../api/api'

export type SaveStatus = 'pending' | 'saving' | 'saved' | 'failed' | 'conflict'

/**
 * Sends `draft` as the field's new value. Answers how the record now shows the field (`saved`:
 * "access" for a list typed "access, "), or what it holds elsewhere when that collided (`theirs`).
 */
export type SaveFn<T = unknown> = (draft: T, base: T) => Promise<{ saved: T } | { theirs: T }>

export interface Entry<T = unknown> {
  key: string
  label: string
  draft: T
  base: T
  status: SaveStatus
  error: string | null
  theirs: T | null
  /** how the record showed the field when this draft was acknowledged: while it still does, the draft is what to show */
  ack: T | null
  /** the server did not answer: it is tried again by itself */
  waiting: boolean
}

interface Slot {
  entry: Entry
  save: SaveFn
  timer?: ReturnType<typeof setTimeout>
  inFlight: boolean
  again: boolean
  tries: number
}

export const TYPING_PAUSE_MS = 400
const RETRY_MAX_MS = 8000

const slots = new Map<string, Slot>()
const listeners = new Set<() => void>()
let version = 0

function put(slot: Slot, change: Partial<Entry>) {
  slot.entry = { ...slot.entry, ...change }
  version++
  for (const listener of listeners) listener()
}

const transient = (error: unknown) =>
  error instanceof ApiError && (error.error.code === 'unreachable' || error.error.code === 'forbidden')

function schedule(slot: Slot, ms: number) {
  clearTimeout(slot.timer)
  slot.timer = setTimeout(() => void send(slot), ms)
}

async function send(slot: Slot): Promise<void> {
  clearTimeout(slot.timer)
  if (slot.inFlight) {
    slot.again = true
    return
  }
  slot.inFlight = true
  slot.again = false
  const sent = slot.entry.draft
  put(slot, { status: 'saving' })
  try {
    const answer = await slot.save(sent, slot.entry.base)
    slot.tries = 0
    if ('theirs' in answer) put(slot, { status: 'conflict', theirs: answer.theirs, error: null, waiting: false })
    else {
      const done = sameValue(slot.entry.draft, sent)
      put(slot, {
        base: answer.saved,
        ack: answer.saved,
        status: done ? 'saved' : 'pending',
        error: null,
        waiting: false,
      })
      if (!done) slot.again = true
    }
  } catch (error) {
    const waiting = transient(error)
    put(slot, { status: 'failed', error: (error as Error).message, waiting })
    if (waiting) schedule(slot, Math.min(RETRY_MAX_MS, 1000 * 2 ** slot.tries++))
  } finally {
    slot.inFlight = false
    if (slot.again && slot.entry.status !== 'conflict') void send(slot)
  }
}

export const outbox = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  get: (key: string): Entry | undefined => slots.get(key)?.entry,
  /** changes whenever any entry does */
  version: (): number => version,
  under: (prefix: string): Entry[] => [...slots.values()].map((s) => s.entry).filter((e) => e.key.startsWith(prefix)),

  /** The facilitator changed the field; it is sent after a pause in typing (`delay`), or at once with 0. */
  type<T>(key: string, draft: T, how: { base: T; save: SaveFn<T>; label: string; delay?: number }) {
    const slot = slots.get(key)
    const save = how.save as SaveFn
    if (!slot) {
      const entry: Entry = {
        key,
        label: how.label,
        draft,
        base: how.base,
        status: 'pending',
        error: null,
        theirs: null,
        ack: null,
        waiting: false,
      }
      const fresh: Slot = { entry, save, inFlight: false, again: false, tries: 0 }
      slots.set(key, fresh)
      put(fresh, {})
      return schedule(fresh, how.delay ?? TYPING_PAUSE_MS)
    }
    slot.save = save
    const settled = slot.entry.status === 'saved' && !slot.inFlight
    const status = slot.entry.status === 'conflict' ? 'conflict' : 'pending'
    put(slot, { draft, label: how.label, status, ...(settled ? { base: how.base } : {}) })
    if (status === 'pending') schedule(slot, how.delay ?? TYPING_PAUSE_MS)
  },

  /** Sends now what is waiting for a pause (leaving a field, an area, the page). */
  flush(key?: string) {
    for (const slot of key ? [slots.get(key)] : slots.values())
      if (slot && (slot.entry.status === 'pending' || (slot.entry.status === 'failed' && slot.entry.waiting)))
        void send(slot)
  },

  retry(key: string) {
    const slot = slots.get(key)
    if (slot && slot.entry.status === 'failed') void send(slot)
  },

  /** The facilitator chose after a collision: keep theirs as typed, or take the other value. */
  choose(key: string, keep: 'mine' | 'theirs') {
    const slot = slots.get(key)
    if (!slot || slot.entry.status !== 'conflict') return
    const theirs = slot.entry.theirs
    if (keep === 'theirs') return put(slot, { draft: theirs, base: theirs, ack: theirs, theirs: null, status: 'saved' })
    put(slot, { base: theirs, theirs: null, status: 'pending' })
    void send(slot)
  },

  /** Sends what waits under `prefix` and answers those fields once none is on its way (saved, refused or collided). */
  settled(prefix: string): Promise<Entry[]> {
    for (const entry of outbox.under(prefix)) outbox.flush(entry.key)
    return new Promise((resolve) => {
      const check = () => {
        const entries = outbox.under(prefix)
        if (entries.some((e) => e.status === 'pending' || e.status === 'saving')) return false
        resolve(entries)
        return true
      }
      if (check()) return
      const stop = outbox.subscribe(() => check() && stop())
    })
  },

  /** Text that is not on the server and will not get there by itself. */
  stuck: (): Entry[] =>
    [...slots.values()]
      .map((s) => s.entry)
      .filter((e) => e.status === 'conflict' || (e.status === 'failed' && !e.waiting)),
}
