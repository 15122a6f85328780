/** A tiny typed emitter for main → renderer events; each host forwards it its own way. */
import type { AppEvent, AppEvents } from '@shared/contract'

export interface Events {
  emit<K extends keyof AppEvents>(type: K, payload: AppEvents[K]): void
  subscribe(listener: (event: AppEvent) => void): () => void
}

export function createEvents(): Events {
  const listeners = new Set<(event: AppEvent) => void>()
  return {
    emit(type, payload) {
      for (const listener of listeners) listener({ type, payload } as AppEvent)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
