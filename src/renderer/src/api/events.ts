/**
 * Events from the main side. Under Electron the preload exposes a subscription;
 * in browser mode they arrive as server-sent events on /events.
 */
import type { EventBridge, PickedFile } from '@shared/contract'
import { sseBridge, type EventSourceLike, type SseBridge } from './sse-events'

declare global {
  interface Window {
    tcEvents?: EventBridge
    tcFiles?: { register(file: File): Promise<PickedFile | null> }
  }
}

const sse: SseBridge | null = window.tcEvents
  ? null
  : sseBridge(() => new EventSource('/events') as unknown as EventSourceLike)

export const events: EventBridge = window.tcEvents ?? (sse as SseBridge)

/** The events' stream is back after a break (browser mode): what was sent meanwhile was lost. The desktop's never breaks. */
export const onEventsResumed = (listener: () => void): (() => void) => sse?.onResumed(listener) ?? (() => undefined)
