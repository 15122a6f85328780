/**
 * Annotations live in PDF coordinates ([x1, y1, x2, y2], origin bottom-left), so
 * they survive zoom and a different screen. These two conversions are the only
 * place screen boxes and PDF rects meet; the viewport does the matrix work.
 */
export type PdfRect = [number, number, number, number]

export interface ViewportLike {
  convertToPdfPoint(x: number, y: number): number[]
  convertToViewportPoint(x: number, y: number): number[]
}

export interface Box {
  left: number
  top: number
  width: number
  height: number
}

const round = (n: number) => Math.round(n * 100) / 100

/** Client rects of a selection → PDF rects on the page whose div starts at `origin` (its content box on screen). */
export function selectionToPdfRects(
  clientRects: readonly Box[],
  origin: { left: number; top: number },
  viewport: ViewportLike,
): PdfRect[] {
  const rects: PdfRect[] = []
  for (const r of clientRects) {
    if (r.width < 1 || r.height < 1) continue
    const [ax = 0, ay = 0] = viewport.convertToPdfPoint(r.left - origin.left, r.top - origin.top)
    const [bx = 0, by = 0] = viewport.convertToPdfPoint(r.left - origin.left + r.width, r.top - origin.top + r.height)
    const rect: PdfRect = [
      round(Math.min(ax, bx)),
      round(Math.min(ay, by)),
      round(Math.max(ax, bx)),
      round(Math.max(ay, by)),
    ]
    if (!rects.some((o) => o.every((v, i) => Math.abs(v - rect[i]!) < 0.5))) rects.push(rect)
  }
  return rects
}

/** A PDF rect → a box in CSS pixels inside the page div at the viewport's current scale and rotation. */
export function pdfRectToBox(rect: PdfRect, viewport: ViewportLike): Box {
  const [x1 = 0, y1 = 0] = viewport.convertToViewportPoint(rect[0], rect[1])
  const [x2 = 0, y2 = 0] = viewport.convertToViewportPoint(rect[2], rect[3])
  return { left: Math.min(x1, x2), top: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) }
}
