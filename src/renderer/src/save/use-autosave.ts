/**
 * The one way a field saves as the facilitator types: the value shown is what they
 * typed until the main side has it, and the record's value after that (so a change made
 * in another page shows up as soon as it is fetched). `edit` waits for a pause in
 * typing, `commit` sends at once (a choice in a list, a checkbox), `flush` sends what
 * is waiting (leaving the field).
 */
import { useSyncExternalStore } from 'react'
import { sameValue } from '@shared/same-value'
import { outbox, type Entry, type SaveFn } from './outbox'

/** What the facilitator typed is shown until it is saved, and after, for as long as the record still holds what was saved. */
const typedShown = (e: Entry | undefined, saved: unknown) => !!e && (e.status !== 'saved' || sameValue(saved, e.ack))

export interface Autosave<T> {
  /** the outbox key: SaveState shows this field's state from it */
  saveKey: string
  /** what the field is called (its accessible name, and in a collision's question) */
  label: string
  value: T
  edit(value: T): void
  commit(value: T): void
  flush(): void
}

/** A field that edits a translation: its language, and the text as written that shows through it while blank. */
export interface InLanguage {
  lang?: string
  asWritten?: string
}

export function useOutboxEntry(key: string): Entry | undefined {
  return useSyncExternalStore(outbox.subscribe, () => outbox.get(key))
}

export function useAutosave<T>(key: string, saved: T, save: SaveFn<T>, label: string): Autosave<T> {
  const entry = useOutboxEntry(key)
  const value = typedShown(entry, saved) ? (entry!.draft as T) : saved
  const send = (next: T, delay?: number) => outbox.type(key, next, { base: saved, save, label, delay })
  return {
    saveKey: key,
    label,
    value,
    edit: (next) => send(next),
    commit: (next) => send(next, 0),
    flush: () => outbox.flush(key),
  }
}
