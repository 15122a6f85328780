/**
 * Binds pdf.js's own viewer components (PDFViewer, EventBus, PDFLinkService,
 * PDFFindController) to a container element: continuous scroll with only visible
 * pages rendered, text selection, internal links and find, all from pdf.js.
 */
import { useEffect, useState } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { EventBus, PDFFindController, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs'
import 'pdfjs-dist/web/pdf_viewer.css'
import { openPdf } from './pdf-setup'

export interface ViewerHandle {
  viewer: PDFViewer
  eventBus: EventBus
  find: PDFFindController
  doc: PDFDocumentProxy
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

export function usePdfViewer(
  container: HTMLDivElement | null,
  url: string | null,
  onReady: ((h: ViewerHandle) => void) | undefined,
  pageFailedMessage: string,
) {
  const [status, setStatus] = useState<{ url: string | null; value: ViewerStatus }>({
    url: null,
    value: { state: 'loading' },
  })
  useEffect(() => {
    if (!container || !url) return
    const eventBus = new EventBus()
    const linkService = new PDFLinkService({ eventBus, externalLinkTarget: 2 })
    const find = new PDFFindController({ eventBus, linkService })
    const viewer = new PDFViewer({ container, eventBus, linkService, findController: find, annotationMode: 1 })
    linkService.setViewer(viewer)
    performance.mark('tc-open')
    eventBus.on('pagerendered', (e: { pageNumber: number; error?: unknown; source: { div: HTMLDivElement } }) => {
      performance.mark(`tc-page-${e.pageNumber}`)
      markFailedPage(e, pageFailedMessage)
    })
    const task = openPdf(url)
    let cancelled = false
    task.promise.then(
      (doc) => {
        if (cancelled) return
        const handle = { viewer, eventBus, find, doc }
        eventBus.on(
          'pagesinit',
          () => {
            onReady?.(handle)
            setStatus({ url, value: { state: 'ready', handle } })
          },
          { once: true },
        )
        viewer.setDocument(doc)
        linkService.setDocument(doc)
        // pdf.js's viewer waits on page 1 and never reports if it cannot be read: say so ourselves.
        doc.getPage(1).catch((error: Error) => {
          if (!cancelled) setStatus({ url, value: { state: 'error', message: error.message, password: false } })
        })
      },
      (error: Error) => {
        if (!cancelled)
          setStatus({
            url,
            value: { state: 'error', message: error.message, password: error.name === 'PasswordException' },
          })
      },
    )
    return () => {
      cancelled = true
      viewer.setDocument(null as unknown as PDFDocumentProxy)
      void task.destroy()
    }
    // onReady is read once per document on purpose
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [container, url])
  return status.url === url ? status.value : ({ state: 'loading' } as const)
}
