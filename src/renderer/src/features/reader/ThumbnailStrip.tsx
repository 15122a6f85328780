/**
 * Page thumbnails, drawn with pdf.js only when they scroll into view, so a
 * 1,300-page manual costs nothing until you look at its pages.
 */
import { useEffect, useRef } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { useTranslation } from 'react-i18next'

const WIDTH = 96

function Thumbnail({
  doc,
  page,
  current,
  onGo,
}: {
  doc: PDFDocumentProxy
  page: number
  current: boolean
  onGo(): void
}) {
  const { t } = useTranslation()
  const canvas = useRef<HTMLCanvasElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const el = button.current
    if (!el) return
    let cancelled = false
    const observer = new IntersectionObserver(async ([entry]) => {
      if (!entry?.isIntersecting || !canvas.current) return
      observer.disconnect()
      const p = await doc.getPage(page)
      const base = p.getViewport({ scale: 1 })
      const viewport = p.getViewport({ scale: WIDTH / base.width })
      if (cancelled || !canvas.current) return
      canvas.current.width = viewport.width
      canvas.current.height = viewport.height
      await p.render({ canvas: canvas.current, viewport }).promise.catch(() => undefined)
    })
    observer.observe(el)
    return () => {
      cancelled = true
      observer.disconnect()
    }
  }, [doc, page])
  useEffect(() => {
    if (current) button.current?.scrollIntoView({ block: 'nearest' })
  }, [current])
  return (
    <li>
      <button
        ref={button}
        type="button"
        className="thumbnail"
        aria-current={current ? 'page' : undefined}
        aria-label={t('reader.goToPage', { page })}
        onClick={onGo}
      >
        <canvas ref={canvas} width={WIDTH} height={Math.round(WIDTH * 1.3)} />
        <span>{page}</span>
      </button>
    </li>
  )
}

export function ThumbnailStrip(props: { doc: PDFDocumentProxy; current: number; onGo(page: number): void }) {
  const pages = Array.from({ length: props.doc.numPages }, (_, i) => i + 1)
  return (
    <ol className="thumbnail-strip">
      {pages.map((p) => (
        <Thumbnail key={p} doc={props.doc} page={p} current={p === props.current} onGo={() => props.onGo(p)} />
      ))}
    </ol>
  )
}
