import { describe, expect, it } from 'vitest'
import { pdfRectToBox, selectionToPdfRects, type ViewportLike } from './geometry'

/** A US-letter page (612 × 792 pt) shown at scale 2, as pdf.js's PageViewport maps it (y flipped). */
const viewport = (scale: number): ViewportLike => ({
  convertToPdfPoint: (x, y) => [x / scale, 792 - y / scale],
  convertToViewportPoint: (x, y) => [x * scale, (792 - y) * scale],
})

describe('annotation geometry', () => {
  it('turns a selection on screen into PDF rects and back at another zoom', () => {
    const origin = { left: 100, top: 50 }
    const selection = [{ left: 244, top: 250, width: 200, height: 24 }]
    const rects = selectionToPdfRects(selection, origin, viewport(2))
    expect(rects).toEqual([[72, 680, 172, 692]])
    expect(pdfRectToBox(rects[0]!, viewport(1))).toEqual({ left: 72, top: 100, width: 100, height: 12 })
    expect(pdfRectToBox(rects[0]!, viewport(2))).toEqual({ left: 144, top: 200, width: 200, height: 24 })
  })

  it('drops empty and duplicate rects that browsers report for one line', () => {
    const origin = { left: 0, top: 0 }
    const rects = selectionToPdfRects(
      [
        { left: 10, top: 10, width: 100, height: 12 },
        { left: 10, top: 10, width: 100, height: 12 },
        { left: 50, top: 50, width: 0, height: 12 },
      ],
      origin,
      viewport(1),
    )
    expect(rects).toHaveLength(1)
  })
})
