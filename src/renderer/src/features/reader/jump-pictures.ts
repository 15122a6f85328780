/**
 * A far jump shows the page drawn by PDFium first (issue #20; page-drawer.ts). PDFium only
 * wins when pdf.js does not share the two cores meanwhile, so the page jumped to is held back
 * from pdf.js's rendering queue until its picture is on the page, or has failed, or has taken
 * longer than `HOLD_MS`; the picture stays over the page until pdf.js has painted it (then the
 * text can be selected). Scrolling — pages changing one by one — is left to pdf.js alone.
 */
import { RenderingStates, type EventBus, type PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs'
import type { DrawerDocument } from './page-drawer'

/** a move of more pages than this is a jump */
const JUMP_PAGES = 2
/** pdf.js waits no longer than this for the picture (its own paint takes 100–160 ms) */
const HOLD_MS = 150
export const PICTURE_CLASS = 'tc-jump-picture'

export interface PageViewLike {
  id: number
  div: HTMLDivElement
  renderingState: number
  viewport: { width: number; height: number }
  reset(options?: object): void
}

interface QueueLike {
  renderView(view: PageViewLike): boolean
  renderHighestPriority(): void
}

/** Whether a move from `previous` to `page` gets a picture: a jump, to a page pdf.js has not drawn, upright. */
export function wantsPicture(previous: number, view: PageViewLike | undefined, rotation: number): view is PageViewLike {
  return (
    !!view &&
    Math.abs(view.id - previous) > JUMP_PAGES &&
    view.renderingState === RenderingStates.INITIAL &&
    rotation === 0
  )
}

/** a larger page (a high zoom) is drawn at this many pixels and stretched: drawing it whole took seconds and hundreds of MB */
const MAX_PICTURE_PIXELS = 6_000_000

/** The picture's size in device pixels: the page's box, at most MAX_PICTURE_PIXELS. */
function pictureSize(view: PageViewLike): { width: number; height: number } {
  const width = view.viewport.width * devicePixelRatio
  const height = view.viewport.height * devicePixelRatio
  const scale = Math.min(1, Math.sqrt(MAX_PICTURE_PIXELS / (width * height)))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/** a picture left in a page's box goes, its canvas kept for a later jump */
function putAsidePicture(div: HTMLDivElement, drawer: DrawerDocument) {
  const picture = div.querySelector<HTMLCanvasElement>(`.${PICTURE_CLASS}`)
  if (picture) drawer.putAside(picture)
}

/** The canvas the drawer paints, over the page and at its size. */
function pictureCanvas(view: PageViewLike, drawer: DrawerDocument): HTMLCanvasElement {
  putAsidePicture(view.div, drawer)
  const size = pictureSize(view)
  const canvas = drawer.canvas(size.width, size.height)
  canvas.className = PICTURE_CLASS
  canvas.setAttribute('aria-hidden', 'true')
  return canvas
}

/** the canvas still has the page's shape (no zoom or turn has changed the page's box since) */
const sameShape = (canvas: HTMLCanvasElement, view: PageViewLike) =>
  Math.abs(canvas.width / canvas.height - view.viewport.width / view.viewport.height) <
  0.01 * (view.viewport.width / view.viewport.height)

/** the picture may go back over the page: upright, and the page's box of the same shape */
const fitsPage = (viewer: PDFViewer, canvas: HTMLCanvasElement, view: PageViewLike) =>
  viewer.pagesRotation === 0 && sameShape(canvas, view)

interface Jump {
  page: number
  canvas: HTMLCanvasElement
  /** pdf.js may not draw the page yet */
  held: boolean
  /** when the drawer had the picture on the canvas (this page's timeline) */
  drawnAt: number | null
  /** the first animation frame with the canvas in the page */
  placedAt: number | null
  marked?: boolean
  /** gives the page view its own `reset` back */
  unhook?: () => void
}

/**
 * Holds far jumps in `viewer` for the drawer's picture. pdf.js empties a page's box when it
 * first gives the page its document data (`setPdfPage` resets the view), so the canvas is put
 * back whenever pdf.js asks to draw that page. Returns the undo.
 */
export function showJumpPictures(viewer: PDFViewer, eventBus: EventBus, drawer: DrawerDocument): () => void {
  const queue = (viewer as unknown as { renderingQueue: QueueLike }).renderingQueue
  const renderView = queue.renderView.bind(queue)
  let jump: Jump | null = null

  /** the mark the bench reads: the picture drawn, and in the page for a frame, whichever came last */
  const shown = (current: Jump) => {
    if (current.marked || jump !== current || current.drawnAt === null || current.placedAt === null) return
    if (!current.canvas.isConnected) return
    current.marked = true
    performance.mark(`tc-picture-${current.page}`, { startTime: Math.max(current.placedAt, current.drawnAt) })
  }

  /**
   * pdf.js empties the page's box (`reset`) when the page gets its document data or its zoom,
   * mostly while the picture is being drawn: the canvas is put back in the same call, so no
   * frame goes without it, unless the page's shape has changed.
   */
  const keepOverPage = (current: Jump, view: PageViewLike) => {
    const own = Object.hasOwn(view, 'reset')
    const reset = view.reset
    view.reset = (options) => {
      reset.call(view, options)
      if (jump !== current || current.canvas.isConnected) return
      if (fitsPage(viewer, current.canvas, view)) view.div.append(current.canvas)
      else {
        drop(current)
        jump = null
      }
    }
    current.unhook = () => {
      if (own) view.reset = reset
      else delete (view as Partial<PageViewLike>).reset
    }
  }

  const place = (current: Jump, view: PageViewLike) => {
    view.div.append(current.canvas)
    current.placedAt = null
    requestAnimationFrame(() => {
      current.placedAt = performance.now()
      shown(current)
    })
  }

  const release = (current: Jump) => {
    if (!current.held) return
    current.held = false
    queue.renderHighestPriority()
  }

  /** a jump replaced by another: its picture goes unless pdf.js has drawn the page under it; pdf.js's own scroll asks for the next page */
  const drop = (current: Jump) => {
    current.held = false
    current.unhook?.()
    const view = viewer.getPageView(current.page - 1) as PageViewLike | undefined
    if (view?.renderingState !== RenderingStates.FINISHED) drawer.putAside(current.canvas)
  }

  queue.renderView = (view) => {
    const current = jump?.page === view.id ? jump : null
    if (!current) return renderView(view)
    if (!current.canvas.isConnected) {
      if (!fitsPage(viewer, current.canvas, view)) {
        drop(current)
        jump = null
        return renderView(view)
      }
      place(current, view)
    }
    return current.held && view.renderingState === RenderingStates.INITIAL ? true : renderView(view)
  }

  /** drawn at once, in the task that moved the page: pdf.js asks to draw it a frame or two later */
  const onPageChanging = ({ pageNumber, previous }: { pageNumber: number; previous: number }) => {
    if (jump) drop(jump)
    jump = null
    const view = viewer.getPageView(pageNumber - 1) as PageViewLike | undefined
    if (!wantsPicture(previous, view, viewer.pagesRotation)) return
    const current: Jump = {
      page: pageNumber,
      canvas: pictureCanvas(view, drawer),
      held: true,
      drawnAt: null,
      placedAt: null,
    }
    jump = current
    place(current, view)
    keepOverPage(current, view)
    const late = setTimeout(() => release(current), HOLD_MS)
    void drawer.draw(pageNumber, current.canvas).then((at) => {
      clearTimeout(late)
      if (at === null) {
        // no picture: pdf.js draws the page as before, with nothing of the jump's left over it
        if (jump === current) {
          current.unhook?.()
          jump = null
        }
        drawer.putAside(current.canvas)
      } else {
        current.drawnAt = at
        shown(current)
      }
      release(current)
    })
  }

  const onRendered = ({ pageNumber, source }: { pageNumber: number; source: PageViewLike }) => {
    if (jump?.page === pageNumber) {
      jump.unhook?.()
      jump = null
    }
    putAsidePicture(source.div, drawer)
  }

  eventBus.on('pagechanging', onPageChanging)
  eventBus.on('pagerendered', onRendered)
  const reading = viewer.getPageView(viewer.currentPageNumber - 1) as PageViewLike | undefined
  if (reading) {
    const size = pictureSize(reading)
    drawer.ready(size.width, size.height)
  }
  return () => {
    eventBus.off('pagechanging', onPageChanging)
    eventBus.off('pagerendered', onRendered)
    if (jump) {
      jump.unhook?.()
      drawer.putAside(jump.canvas)
    }
    jump = null
    queue.renderView = renderView
  }
}
