/**
 * Events from the main side. Under Electron the preload exposes a subscription;
 * in browser mode they arrive as server-sent events on /events.
 */
import type { AppEvent, EventBridge, PickedFile } from '@shared/contract'

declare global {
  interface Window {
    tcEvents?: EventBridge
    tcFiles?: { register(file: File): Promise<PickedFile | null> }
  }
}

function sseBridge(): EventBridge {
  const listeners = new Set<(event: AppEvent) => void>()
  let source: EventSource | null = null
  return {
    subscribe(listener) {
      listeners.add(listener)
      source ??= new EventSource('/events')
      source.onmessage = (message) => {
        const event = JSON.parse(message.data as string) as AppEvent
        for (const l of listeners) l(event)
      }
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) {
          source?.close()
          source = null
        }
      }
    },
  }
}

export const events: EventBridge = window.tcEvents ?? sseBridge()
