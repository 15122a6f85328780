import { useEffect } from 'react'
import type { ShownPreview } from './page-preview'

/** The picture of the page left, where pdf.js will draw that page; hidden from assistive technology (the live page follows). */
export function PagePreviewOverlay({ shown }: { shown: ShownPreview }) {
  useEffect(() => {
    // for the bench: the frame that shows the picture
    const frame = requestAnimationFrame(() => performance.mark(`tc-preview-${shown.page}`))
    return () => cancelAnimationFrame(frame)
  }, [shown])
  return (
    <div className="page-preview" aria-hidden="true">
      <img src={shown.src} width={shown.width} height={shown.height} alt="" />
    </div>
  )
}
