/**
 * The first jump into a long manual paid for what its pages share — the fonts, the page tree on
 * the way to the page — on top of the page itself: 280–350 ms against 80–200 for the jumps after
 * it (pgfmanual, 2 cores). While the facilitator reads, this asks pdf.js's worker for the drawing
 * operators of a dozen pages spread over the document (nothing is drawn, and each page's own
 * share is let go at once: the fonts stay, as pdf.js keeps them for the whole document), one page
 * at a time and only when the browser is idle. A move to another page pauses it: the page asked
 * for is cancelled and asked again once the new page is painted, so the worker never makes the
 * facilitator's page wait behind more than the start of one.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist'
import type { EventBus } from 'pdfjs-dist/web/pdf_viewer.mjs'
import { prefetchOperators } from './prefetch-operators'

/** below this, a jump is short and pdf.js's own prefetch of the next page is enough */
export const WARM_MIN_PAGES = 60
const SAMPLES = 12

/** The middle pages of equal slices of the document, never the page open now. */
export function pagesToWarm(pageCount: number, current: number, samples = SAMPLES): number[] {
  if (pageCount < WARM_MIN_PAGES) return []
  const pages = new Set<number>()
  for (let k = 0; k < samples; k++) pages.add(Math.round(((k + 0.5) * pageCount) / samples))
  pages.delete(current)
  return [...pages]
}

export interface WarmDeps {
  /** resolves when the browser is idle (requestIdleCallback), or at once when aborted */
  idle(signal: AbortSignal): Promise<void>
  /** asks for a page's operators; the handle cancels the request */
  prefetch(n: number): Promise<{ done: Promise<unknown>; cancel(): void; release(): void }>
}

const browserIdle = (signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const id = requestIdleCallback(() => resolve())
    signal.addEventListener('abort', () => (cancelIdleCallback(id), resolve()), { once: true })
  })

export const pdfWarmDeps = (doc: PDFDocumentProxy, annotationMode: number): WarmDeps => ({
  idle: browserIdle,
  prefetch: async (n) => {
    const page = await doc.getPage(n)
    const task = prefetchOperators(page, annotationMode)
    return { done: task.promise, cancel: () => task.cancel(), release: () => page.cleanup() }
  },
})

/** Returns the function that ends the warm-up (the reader closes). */
export function warmFarPages(eventBus: EventBus, pages: number[], deps: WarmDeps): () => void {
  const ended = new AbortController()
  let moving: AbortController | null = null
  let painted = Promise.resolve()
  let paintedNow = () => {}
  const onMove = () => {
    moving?.abort()
    moving = new AbortController()
    painted = new Promise((resolve) => (paintedNow = resolve))
  }
  const onPainted = () => paintedNow()
  eventBus.on('pagechanging', onMove)
  eventBus.on('pagerendered', onPainted)
  const end = () => {
    ended.abort()
    paintedNow()
    eventBus.off('pagechanging', onMove)
    eventBus.off('pagerendered', onPainted)
  }
  void (async () => {
    const queue = [...pages]
    while (queue.length && !ended.signal.aborted) {
      await painted
      await deps.idle(ended.signal)
      if (ended.signal.aborted) break
      const move = (moving ??= new AbortController()).signal
      if (move.aborted) continue
      try {
        const request = await deps.prefetch(queue[0]!)
        const cancel = () => request.cancel()
        move.addEventListener('abort', cancel, { once: true })
        ended.signal.addEventListener('abort', cancel, { once: true })
        await request.done.catch(() => undefined)
        move.removeEventListener('abort', cancel)
        ended.signal.removeEventListener('abort', cancel)
        if (move.aborted || ended.signal.aborted) continue
        request.release()
        queue.shift()
      } catch {
        break
      }
    }
    end()
  })()
  return end
}
