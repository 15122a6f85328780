/**
 * pdf.js's viewer puts a view of every page into the document before it draws the first one:
 * for the largest manual, 1,321 elements whose style and layout the browser computes while
 * page 1 waits, on a 2-core machine also slowing the worker that parses the page. pdf.js's own
 * page-at-a-time mode holds only the page shown. The reader opens in that mode and turns
 * continuous scrolling on once the first page is painted, with the current page kept where it
 * was on screen (measured, alternated A/B: cold opens 13–31 ms sooner).
 */
import { ScrollMode, type EventBus, type PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs'
import { keepInPlace } from './keep-in-place'

/**
 * Call just before `viewer.setDocument`; the returned function cancels the switch if the reader
 * closes first. pdf.js moves page views in and out with its l10n paused, so `label` names them
 * (the "Page N" landmarks): the start page once shown, all of them after the switch.
 */
export function openOnePageFirst(
  viewer: PDFViewer,
  eventBus: EventBus,
  container: HTMLElement,
  label: (root: Element) => void,
): () => void {
  viewer.scrollMode = ScrollMode.PAGE
  const labelPages = () => viewer.viewer && label(viewer.viewer)
  let timer: ReturnType<typeof setTimeout> | undefined
  const currentPage = () => (viewer.getPageView(viewer.currentPageNumber - 1) as { div: HTMLDivElement }).div
  const onRendered = () => {
    eventBus.off('pagerendered', onRendered)
    // once the page is on screen, not inside pdf.js's render callback
    timer = setTimeout(() => {
      if (viewer.scrollMode !== ScrollMode.PAGE || !viewer.pdfDocument) return
      keepInPlace(container, currentPage, () => (viewer.scrollMode = ScrollMode.VERTICAL))
      labelPages()
    }, 0)
  }
  eventBus.on('pagesinit', labelPages, { once: true })
  eventBus.on('pagerendered', onRendered)
  return () => {
    clearTimeout(timer)
    eventBus.off('pagesinit', labelPages)
    eventBus.off('pagerendered', onRendered)
  }
}
