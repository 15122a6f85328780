/** The current text selection inside one pdf.js page, as PDF rects and a quote, or null. */
import { collapseSpace } from '@shared/text'
import { selectionToPdfRects, type PdfRect, type ViewportLike } from './geometry'

export interface PageSelection {
  page: number
  rects: PdfRect[]
  quote: string
}

export function readSelection(getView: (page: number) => { div: HTMLDivElement; viewport: ViewportLike } | undefined) {
  const selection = window.getSelection()
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  const start = range.startContainer.parentElement?.closest<HTMLElement>('.page')
  const page = Number(start?.dataset.pageNumber)
  const view = Number.isInteger(page) ? getView(page) : undefined
  if (!view) return null
  const box = view.div.getBoundingClientRect()
  const origin = { left: box.left + view.div.clientLeft, top: box.top + view.div.clientTop }
  const rects = selectionToPdfRects([...range.getClientRects()], origin, view.viewport)
  const quote = collapseSpace(selection.toString())
  return rects.length && quote ? ({ page, rects, quote } satisfies PageSelection) : null
}
