/** Keeps the drawn annotations in step with pdf.js renders and with the annotation list. */
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation } from '@shared/model'
import { drawPageAnnotations, type PageViewLike } from './highlight-layer'
import type { ViewerHandle } from './use-pdf-viewer'

export function useHighlights(
  handle: ViewerHandle | null,
  annotations: Annotation[],
  selectedId: string | null,
  onSelect: (id: string) => void,
) {
  const { t } = useTranslation()
  useEffect(() => {
    if (!handle) return
    const labels = { bookmark: t('reader.kinds.bookmark'), note: t('reader.kinds.note') }
    const draw = (view: PageViewLike) => drawPageAnnotations(view, annotations, selectedId, onSelect, labels)
    const onRendered = (e: { source: PageViewLike }) => draw(e.source)
    for (let i = 0; i < handle.viewer.pagesCount; i++) {
      const view = handle.viewer.getPageView(i) as PageViewLike | undefined
      if (view?.div.querySelector('canvas')) draw(view)
    }
    handle.eventBus.on('pagerendered', onRendered)
    return () => handle.eventBus.off('pagerendered', onRendered)
  }, [handle, annotations, selectedId, onSelect, t])
}
