/**
 * The scale a zoom setting ('page-width', 'page-fit', 'auto' or a number) gives
 * for a page in a container, worked out the way pdf.js's PDFViewer does it. The
 * reader sets it before pdf.js creates the page views, so a long document's
 * pages are laid out once at the right size instead of at 100% and then again.
 */
export interface PageBox {
  /** CSS pixels of the page at scale 1 (pdf.js: points × 96/72), rotation applied */
  width: number
  height: number
}

/** pdf.js's SCROLLBAR_PADDING and VERTICAL_PADDING around a page in the viewer */
const H_PADDING = 40
const V_PADDING = 5
const MAX_AUTO_SCALE = 1.25

export function startScale(zoom: string, page: PageBox, container: { width: number; height: number }): number {
  const numeric = parseFloat(zoom)
  if (numeric > 0) return numeric
  const byWidth = (container.width - H_PADDING) / page.width
  const byHeight = (container.height - V_PADDING) / page.height
  switch (zoom) {
    case 'page-actual':
      return 1
    case 'page-fit':
      return Math.min(byWidth, byHeight)
    case 'auto':
      return Math.min(MAX_AUTO_SCALE, page.width <= page.height ? byWidth : Math.min(byWidth, byHeight))
    default:
      return byWidth
  }
}
