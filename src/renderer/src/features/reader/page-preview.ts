/**
 * The picture of the page the facilitator left (shared/page-preview.ts). Made here from
 * pdf.js's own canvas once they have stayed on a page, kept by the main side, and shown
 * over the stage the next time the document opens at that page (PagePreviewOverlay).
 */
import { useEffect, useRef } from 'react'
import { PixelsPerInch, type PDFPageProxy } from 'pdfjs-dist'
import { RenderingStates } from 'pdfjs-dist/web/pdf_viewer.mjs'
import { call } from '../../api/api'
import type { ViewerHandle } from './use-pdf-viewer'

/** wide enough for a sharp page on a large screen, small enough to stay near 100–300 kB */
const MAX_WIDTH = 1600
const QUALITY = 0.8
/** a page glanced at while leafing through is not the one they left */
const DWELL_MS = 1200

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as string)
    reader.onerror = () => reject(reader.error ?? new Error('unreadable picture'))
    reader.readAsDataURL(blob)
  })
}

/** A WebP of the canvas, at most MAX_WIDTH wide; null where the browser cannot write WebP. */
export async function pictureOf(canvas: HTMLCanvasElement): Promise<string | null> {
  let source = canvas
  if (canvas.width > MAX_WIDTH) {
    source = document.createElement('canvas')
    source.width = MAX_WIDTH
    source.height = Math.round((canvas.height * MAX_WIDTH) / canvas.width)
    source.getContext('2d')?.drawImage(canvas, 0, 0, source.width, source.height)
  }
  const blob = await new Promise<Blob | null>((resolve) => source.toBlob(resolve, 'image/webp', QUALITY))
  return blob?.type === 'image/webp' ? readAsDataUrl(blob) : null
}

/** as pdf.js's viewer sizes the page: its own /Rotate plus the viewer's rotation (a `rotation` given replaces /Rotate) */
const cssBox = (page: PDFPageProxy, rotation: number) => {
  const turned = (page.rotate + rotation) % 360
  const { width, height } = page.getViewport({ scale: PixelsPerInch.PDF_TO_CSS_UNITS, rotation: turned })
  return { width, height }
}

interface PageViewLike {
  div: HTMLDivElement
  renderingState: number
  pdfPage?: PDFPageProxy
}

/** Keeps a picture of the page shown once it is painted and the facilitator has stayed on it. */
export function useKeepPagePreview(handle: ViewerHandle | null, resourceId: string, page: number) {
  const kept = useRef('')
  useEffect(() => {
    if (!handle) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let cancelled = false
    const keep = async () => {
      const view = handle.viewer.getPageView(page - 1) as PageViewLike | undefined
      const canvas = view?.div.querySelector<HTMLCanvasElement>('.canvasWrapper > canvas')
      if (!view?.pdfPage || !canvas || view.renderingState !== RenderingStates.FINISHED) return
      const key = `${page}/${canvas.width}x${canvas.height}`
      if (key === kept.current) return
      const image = await pictureOf(canvas)
      if (!image || cancelled) return
      const box = cssBox(view.pdfPage, handle.viewer.pagesRotation)
      const fit = cssBox(await handle.doc.getPage(1), handle.viewer.pagesRotation)
      await call('reader:savePreview', { resourceId, preview: { page, ...box, fit, image } })
      kept.current = key
    }
    const later = () => {
      clearTimeout(timer)
      timer = setTimeout(() => void keep().catch(() => undefined), DWELL_MS)
    }
    const onRendered = (e: { pageNumber: number }) => e.pageNumber === page && later()
    handle.eventBus.on('pagerendered', onRendered)
    later()
    return () => {
      cancelled = true
      clearTimeout(timer)
      handle.eventBus.off('pagerendered', onRendered)
    }
  }, [handle, resourceId, page])
}
