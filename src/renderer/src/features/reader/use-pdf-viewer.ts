/**
 * Binds pdf.js's own viewer components (PDFViewer, EventBus, PDFLinkService,
 * PDFFindController) to a container element: continuous scroll with only visible
 * pages rendered, text selection, internal links and find, all from pdf.js.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AnnotationEditorType, AnnotationMode, PixelsPerInch, type PDFDocumentProxy } from 'pdfjs-dist'
import { EventBus, PDFFindController, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs'
import 'pdfjs-dist/web/pdf_viewer.css'
import { openOnePageFirst } from './one-page-first'
import { createPdfL10n } from './pdf-l10n'
import { openPdf } from './pdf-setup'
import { showJumpPictures } from './jump-pictures'
import { openInDrawer, pageDrawerStarted, type DrawerDocument } from './page-drawer'
import { prefetchOperators } from './prefetch-operators'
import { startScale } from './start-scale'
import { pagesToWarm, pdfWarmDeps, warmFarPages } from './warm-far-pages'

export interface ViewerHandle {
  viewer: PDFViewer
  eventBus: EventBus
  find: PDFFindController
  doc: PDFDocumentProxy
}

/** Where the reader opens: a page, a zoom setting, and words to find on it. */
export interface StartView {
  page: number
  zoom: string
  /** as pdf.js find takes it: one phrase, or loose words any of which may match */
  find?: string | string[]
}

export type ViewerStatus =
  | { state: 'loading' }
  | { state: 'ready'; handle: ViewerHandle }
  | { state: 'error'; message: string; password: boolean }

/** A page that fails to render gets this message in its place; the rest of the document carries on. */
function markFailedPage(e: { error?: unknown; source: { div: HTMLDivElement } }, message: string) {
  if (!e.error || e.source.div.querySelector('.tc-page-error')) return
  const note = document.createElement('div')
  note.className = 'tc-page-error'
  note.setAttribute('role', 'alert')
  note.textContent = message
  e.source.div.append(note)
}

/**
 * pdf.js's warm-up of far pages (warm-far-pages.ts) waits this long after the first paint: the
 * page drawer opens and warms in the first ≈ 0.7 s, and the two on two cores made a first jump
 * 1 s after the first paint take 140–150 ms on screen instead of 75–85 (probe runs, session 21).
 */
const FAR_WARM_DELAY_MS = 2500

const fittedZooms = new Set(['page-width', 'page-fit', 'auto'])

/** images smaller than this (in PDF points) are left to the dark-page inversion, like text */
const IMAGE_MARK_MIN_SIZE = 24

/** form fields drawn as HTML over the page, not on the canvas */
const ANNOTATION_MODE = AnnotationMode.ENABLE_FORMS

export function usePdfViewer(
  container: HTMLDivElement | null,
  url: string | null,
  start: Promise<StartView>,
  pageFailedMessage: string,
  /** the first page pdf.js has painted (the picture of the page left can go) */
  onPainted: () => void,
) {
  const { i18n } = useTranslation()
  const [status, setStatus] = useState<{ url: string | null; value: ViewerStatus }>({
    url: null,
    value: { state: 'loading' },
  })
  useEffect(() => {
    if (!container || !url) return
    const eventBus = new EventBus()
    const linkService = new PDFLinkService({ eventBus, externalLinkTarget: 2 })
    const find = new PDFFindController({ eventBus, linkService })
    const l10n = createPdfL10n(i18n)
    const viewer = new PDFViewer({
      container,
      eventBus,
      linkService,
      findController: find,
      annotationMode: ANNOTATION_MODE,
      annotationEditorMode: AnnotationEditorType.DISABLE,
      // pdf.js then marks where each image lies on a page; dark pages use the marks to show images as they are
      imagesRightClickMinSize: IMAGE_MARK_MIN_SIZE,
      l10n: l10n as unknown as ConstructorParameters<typeof PDFViewer>[0]['l10n'],
    })
    void l10n.translate(container)
    linkService.setViewer(viewer)
    performance.mark('tc-open')
    eventBus.on('pagerendered', (e: { pageNumber: number; error?: unknown; source: { div: HTMLDivElement } }) => {
      performance.mark(`tc-page-${e.pageNumber}`)
      markFailedPage(e, pageFailedMessage)
      onPainted()
    })
    // pdf.js's own viewer app refits a fitted zoom when its window resizes; its components leave that to the host.
    // The border box is watched, so a scrollbar appearing inside it (classic scrollbars) does not redraw the pages.
    let seenSize: string | null = null
    const refit = new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize[0]
      const size = box ? `${box.inlineSize}x${box.blockSize}` : null
      const value = viewer.currentScaleValue
      if (seenSize !== null && size !== seenSize && fittedZooms.has(value)) viewer.currentScaleValue = value
      seenSize = size
    })
    const task = openPdf(url)
    let cancelled = false
    let undoOnePage = () => {}
    let stopWarming = () => {}
    let stopPictures = () => {}
    let drawing: Promise<DrawerDocument | null> | null = null
    Promise.all([task.promise, start])
      .then(async ([doc, view]) => {
        // pdf.js's viewer waits on page 1 and never reports if it cannot be read: this does.
        const first = await doc.getPage(1)
        if (cancelled) return
        const startPage = Math.min(Math.max(1, view.page), doc.numPages)
        if (startPage === 1) prefetchOperators(first, ANNOTATION_MODE)
        else void doc.getPage(startPage).then((page) => cancelled || prefetchOperators(page, ANNOTATION_MODE))
        performance.mark('tc-doc')
        const handle = { viewer, eventBus, find, doc }
        /**
         * A long document's far jumps are drawn by PDFium first (jump-pictures.ts), for a file fetched
         * whole: its bytes are copied out of pdf.js's worker and moved to the drawer's.
         */
        const drawJumps = async (): Promise<boolean> => {
          if (!task.whole() || cancelled) return false
          await pageDrawerStarted()
          if (cancelled) return false
          const bytes = await doc.getData()
          const width = viewer.getPageView(viewer.currentPageNumber - 1)?.viewport.width ?? container.clientWidth
          if (cancelled) return false
          drawing = openInDrawer(bytes as Uint8Array<ArrayBuffer>, Math.round(width * devicePixelRatio))
          const drawer = await drawing
          if (!drawer || cancelled) return false
          stopPictures = showJumpPictures(viewer, eventBus, drawer)
          return true
        }
        const page = first.getViewport({ scale: PixelsPerInch.PDF_TO_CSS_UNITS })
        // pdf.js creates every page view at the viewer's current scale, which is "unknown" (0) until a
        // document is set; giving it the start scale first spares a second layout of all the pages.
        ;(viewer as unknown as { _currentScale: number })._currentScale = startScale(view.zoom, page, {
          width: container.clientWidth,
          height: container.clientHeight,
        })
        eventBus.on(
          'pagesinit',
          () => {
            performance.mark('tc-init')
            viewer.currentScaleValue = view.zoom
            refit.observe(container, { box: 'border-box' })
            viewer.currentPageNumber = startPage
            if (view.find)
              eventBus.dispatch('find', {
                source: null,
                type: '',
                query: view.find,
                highlightAll: true,
                caseSensitive: false,
              })
            setStatus({ url, value: { state: 'ready', handle } })
            // from the first paint on, while the facilitator reads: the drawer first, then pdf.js's warm-up
            const warm = () => {
              eventBus.off('pagerendered', warm)
              if (cancelled) return
              const pages = pagesToWarm(doc.numPages, viewer.currentPageNumber)
              if (!pages.length) return
              // pdf.js's own warm-up: at once where there is no drawer, else once the drawer has had the cores
              let stopPdfJs: (() => void) | null = null
              const warmPdfJs = () => {
                if (cancelled || stopPdfJs) return
                clearTimeout(later)
                stopPdfJs = warmFarPages(eventBus, pages, pdfWarmDeps(doc, ANNOTATION_MODE))
              }
              const later = setTimeout(warmPdfJs, FAR_WARM_DELAY_MS)
              stopWarming = () => {
                clearTimeout(later)
                stopPdfJs?.()
              }
              void drawJumps()
                .catch(() => false)
                .then((drawn) => drawn || warmPdfJs())
            }
            eventBus.on('pagerendered', warm)
          },
          { once: true },
        )
        undoOnePage = openOnePageFirst(viewer, eventBus, container, (root) => void l10n.translateOnce(root))
        viewer.setDocument(doc)
        linkService.setDocument(doc)
      })
      .catch((error: Error) => {
        if (!cancelled)
          setStatus({
            url,
            value: { state: 'error', message: error.message, password: error.name === 'PasswordException' },
          })
      })
    return () => {
      cancelled = true
      stopWarming()
      stopPictures()
      void drawing?.then((drawer) => drawer?.close())
      undoOnePage()
      refit.disconnect()
      viewer.setDocument(null as unknown as PDFDocumentProxy)
      void l10n.destroy()
      void task.destroy()
    }
    // the start view is read once per document on purpose
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [container, url])
  return status.url === url ? status.value : ({ state: 'loading' } as const)
}
