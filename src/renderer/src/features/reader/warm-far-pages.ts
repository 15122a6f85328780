/**
 * The first jump into a long manual paid for what its pages share — the fonts, the page tree on
 * the way to the page — on top of the page itself: 280–530 ms against 80–200 for the jumps after
 * it (pgfmanual, 2 cores). While the facilitator reads, this asks pdf.js's worker for the drawing
 * operators of a dozen pages spread over the document (nothing is drawn, and each page's own
 * share is let go at once: the fonts stay, as pdf.js keeps them for the whole document), one page
 * at a time and only when the browser is idle. A move to another page pauses it: the page asked
 * for is cancelled and asked again once the new page is painted (or, for a page already drawn,
 * once the facilitator has stayed put a moment), so the worker never makes the facilitator's
 * page wait behind more than the start of one.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist'
import type { EventBus } from 'pdfjs-dist/web/pdf_viewer.mjs'
import { prefetchOperators } from './prefetch-operators'

/** below this, a jump is short and pdf.js's own prefetch of the next page is enough */
export const WARM_MIN_PAGES = 60
const SAMPLES = 12
/** a move to a page already drawn brings no paint: after this long without a move, go on */
export const QUIET_MS = 1500

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
    const done = () => {
      cancelIdleCallback(id)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const id = requestIdleCallback(done)
    signal.addEventListener('abort', done, { once: true })
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
  /** aborted by a move; renewed once the moved-to page is painted */
  let moving = new AbortController()
  /** pending from a move until a page is painted (however many moves come first) */
  let painted: Promise<void> | null = null
  let paintedNow = () => {}
  let quiet: ReturnType<typeof setTimeout> | undefined
  const onPainted = () => {
    clearTimeout(quiet)
    painted = null
    paintedNow()
  }
  const onMove = () => {
    moving.abort()
    painted ??= new Promise((resolve) => (paintedNow = resolve))
    clearTimeout(quiet)
    quiet = setTimeout(onPainted, QUIET_MS)
  }
  eventBus.on('pagechanging', onMove)
  eventBus.on('pagerendered', onPainted)
  const end = () => {
    ended.abort()
    onPainted()
    eventBus.off('pagechanging', onMove)
    eventBus.off('pagerendered', onPainted)
  }
  void (async () => {
    const queue = [...pages]
    while (queue.length && !ended.signal.aborted) {
      if (painted) {
        await painted
        continue
      }
      if (moving.signal.aborted) moving = new AbortController()
      const signal = AbortSignal.any([moving.signal, ended.signal])
      await deps.idle(signal)
      if (signal.aborted) continue
      try {
        const request = await deps.prefetch(queue[0]!)
        const done = request.done.catch(() => undefined)
        if (signal.aborted) {
          request.cancel()
          continue
        }
        const cancel = () => request.cancel()
        signal.addEventListener('abort', cancel, { once: true })
        await done
        signal.removeEventListener('abort', cancel)
        if (signal.aborted) continue
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
