/**
 * Draws a resource's annotations into pdf.js page views: one absolutely placed
 * box per PDF rect, recomputed from PDF coordinates at every render so zoom and
 * rotation never shift them. Bookmarks and page notes get a marker instead.
 */
import type { Annotation } from '@shared/model'
import { pdfRectToBox, type ViewportLike } from './geometry'

const LAYER = 'tc-annotation-layer'

export interface PageViewLike {
  div: HTMLDivElement
  viewport: ViewportLike
  id: number
}

export function drawPageAnnotations(
  view: PageViewLike,
  annotations: readonly Annotation[],
  selectedId: string | null,
  onSelect: (id: string) => void,
  labels: { bookmark: string; note: string },
): void {
  view.div.querySelector(`.${LAYER}`)?.remove()
  const mine = annotations.filter((a) => a.page === view.id)
  if (!mine.length) return
  const layer = document.createElement('div')
  layer.className = LAYER
  for (const a of mine) {
    if (a.kind === 'highlight') {
      for (const rect of a.rects) {
        const box = pdfRectToBox(rect, view.viewport)
        const el = document.createElement('div')
        el.className = 'tc-highlight'
        el.dataset.color = a.color
        el.dataset.annotationId = a.id
        if (a.id === selectedId) el.dataset.selected = 'true'
        Object.assign(el.style, {
          left: `${box.left}px`,
          top: `${box.top}px`,
          width: `${box.width}px`,
          height: `${box.height}px`,
        })
        el.title = a.body || a.quote
        el.addEventListener('click', () => onSelect(a.id))
        layer.append(el)
      }
    } else {
      const marker = document.createElement('button')
      marker.type = 'button'
      marker.className = `tc-marker tc-marker-${a.kind}`
      marker.dataset.color = a.color
      marker.dataset.annotationId = a.id
      marker.textContent = a.kind === 'bookmark' ? labels.bookmark : labels.note
      if (a.id === selectedId) marker.dataset.selected = 'true'
      marker.addEventListener('click', () => onSelect(a.id))
      layer.append(marker)
    }
  }
  view.div.append(layer)
}
