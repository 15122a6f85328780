/**
 * The picture of the page the document opens at (shared/page-preview.ts), drawn where pdf.js
 * will draw that page, over the stage until pdf.js has painted. Its state is its own: showing
 * the picture redraws this layer, not the reader around it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { PagePreview } from '@shared/page-preview'
import { settled } from './settled'
import type { PreviewAhead } from './preview-ahead'
import { startScale } from './start-scale'
import type { StartView } from './use-pdf-viewer'

interface Shown {
  /** when it was put on the layer: its paint comes after */
  at: number
  src: string
  page: number
  width: number
  height: number
}

interface Props {
  ahead: PreviewAhead
  start: Promise<StartView>
  /** pdf.js has painted the page (or failed): the picture goes */
  done: boolean
  /** the picture is on screen, of this page */
  onShown(page: number): void
  /** there is no picture of the page the document opens at */
  onNone(): void
}

function settledBoth(ahead: PreviewAhead, start: Promise<StartView>): [PagePreview | null, StartView] | null {
  const preview = settled(ahead)
  const view = settled(start)
  return preview && view ? [preview.value, view.value] : null
}

const PAINTED = 'tc-preview'

type ElementTiming = PerformanceEntry & { identifier: string; renderTime: number }

/**
 * Tells once the picture is on screen: Chromium's Element Timing reports when it was painted
 * (decoded and drawn, not only laid out); the mark `tc-preview-<page>` at that time is what the
 * bench reads. Elsewhere, the frame after it was laid out.
 */
function usePainted(shown: Shown | null, onShown: (page: number) => void) {
  useEffect(() => {
    if (!shown) return
    const painted = (at: number) => {
      performance.mark(`tc-preview-${shown.page}`, { startTime: at })
      onShown(shown.page)
    }
    if (!PerformanceObserver.supportedEntryTypes.includes('element')) {
      const frame = requestAnimationFrame(() => painted(performance.now()))
      return () => cancelAnimationFrame(frame)
    }
    const observer = new PerformanceObserver((list) => {
      const entry = (list.getEntries() as ElementTiming[]).find(
        (e) => e.identifier === PAINTED && e.renderTime >= shown.at,
      )
      if (!entry) return
      observer.disconnect()
      painted(entry.renderTime)
    })
    observer.observe({ type: 'element', buffered: true })
    return () => observer.disconnect()
  }, [shown, onShown])
}

/** Hidden from assistive technology: the live page follows. */
export function PagePreviewOverlay({ ahead, start, done, onShown, onNone }: Props) {
  const layer = useRef<HTMLDivElement>(null)
  const [shown, setShown] = useState<Shown | null>(null)
  // a layout effect: when both answers are already in, the picture is in the reader's first frame
  useLayoutEffect(() => {
    let live = true
    const show = ([preview, view]: [PagePreview | null, StartView]) => {
      const stage = layer.current
      if (!live) return
      const scale =
        preview && stage && preview.page === view.page
          ? startScale(view.zoom, preview.fit, { width: stage.clientWidth, height: stage.clientHeight })
          : 0
      if (!preview || scale <= 0) return onNone()
      setShown({
        at: performance.now(),
        src: preview.image,
        page: preview.page,
        width: preview.width * scale,
        height: preview.height * scale,
      })
    }
    const both = settledBoth(ahead, start)
    if (both) show(both)
    else void Promise.all([ahead, start]).then(show)
    return () => {
      live = false
    }
  }, [ahead, start, onNone])
  usePainted(shown, onShown)
  if (done) return null
  return (
    <div ref={layer} className="page-preview" aria-hidden="true">
      {shown && (
        <img src={shown.src} width={shown.width} height={shown.height} alt="" {...{ elementtiming: PAINTED }} />
      )}
    </div>
  )
}
