/**
 * Browser mode's events: server-sent events on /events. EventSource reconnects by itself after a
 * network error (the laptop slept, the server restarted), but what was sent meanwhile is lost:
 * `onResumed` tells the page so, and it fetches again what it shows (use-data-changes.ts).
 */
import type { AppEvent, EventBridge } from '@shared/contract'

/** The part of EventSource used here (a test gives its own). */
export interface EventSourceLike {
  onmessage: ((message: { data: unknown }) => void) | null
  onerror: (() => void) | null
  onopen: (() => void) | null
  close(): void
}

export interface SseBridge extends EventBridge {
  /** called each time the stream is open again after a break */
  onResumed(listener: () => void): () => void
}

export function sseBridge(open: () => EventSourceLike): SseBridge {
  const listeners = new Set<(event: AppEvent) => void>()
  const resumed = new Set<() => void>()
  let source: EventSourceLike | null = null
  let broken = false
  const connect = () => {
    const s = open()
    s.onmessage = (message) => {
      const event = JSON.parse(message.data as string) as AppEvent
      for (const l of listeners) l(event)
    }
    s.onerror = () => {
      broken = true
    }
    s.onopen = () => {
      if (!broken) return
      broken = false
      for (const l of resumed) l()
    }
    return s
  }
  return {
    subscribe(listener) {
      listeners.add(listener)
      source ??= connect()
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) {
          source?.close()
          source = null
          broken = false
        }
      }
    },
    onResumed(listener) {
      resumed.add(listener)
      return () => resumed.delete(listener)
    },
  }
}
