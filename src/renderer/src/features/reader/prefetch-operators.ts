/**
 * pdf.js's viewer asks its worker for a page's drawing operators only once it has laid out
 * every page view, some 50 ms after the page itself is known (1,321 views for the largest
 * manual). Asking as soon as the page is known, with the viewer's own intent and annotation
 * mode so that pdf.js shares the one answer between both renders, lets the worker parse the
 * page while the viewer lays out. This render draws nothing: its filter skips every operator.
 */
import type { PDFPageProxy, RenderTask } from 'pdfjs-dist'

/** The task's promise resolves once the operators are in, and rejects only when cancelled; nobody need watch it. */
export function prefetchOperators(page: PDFPageProxy, annotationMode: number): RenderTask {
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = 1
  const task = page.render({
    canvas,
    viewport: page.getViewport({ scale: 0.01 }),
    annotationMode,
    operationsFilter: () => false,
  })
  task.promise.catch(() => undefined)
  return task
}
