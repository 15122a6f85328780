/**
 * The one undo offer the app shows at a time. Any screen that deletes, resets or
 * overwrites hands the main side's ticket to `offerUndo`; the shell's toast shows it
 * and restores through `trash:restore`, so it outlives the screen that made it.
 * Earlier offers stay restorable from Settings › Recently deleted.
 */
import { useSyncExternalStore } from 'react'
import type { Trashed } from '@shared/trash'

export type Offer =
  /** something was taken away: Undo puts it back */
  | { state: 'offered'; ticket: Trashed; at: number }
  /** it came back; `displaced` (a run, a draft) is what it replaced, itself undoable */
  | { state: 'restored'; ticket: Trashed; displaced: Trashed | null; at: number }

let current: Offer | null = null
const listeners = new Set<() => void>()

function set(next: Offer | null) {
  current = next
  for (const listener of listeners) listener()
}

export const offerUndo = (ticket: Trashed | null | undefined): void => {
  if (ticket) set({ state: 'offered', ticket, at: Date.now() })
}

export const tellRestored = (ticket: Trashed, displaced: Trashed | null): void =>
  set({ state: 'restored', ticket, displaced, at: Date.now() })

export const dismissOffer = (at: number): void => {
  if (current?.at === at) set(null)
}

export function useUndoOffer(): Offer | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current,
    () => current,
  )
}
