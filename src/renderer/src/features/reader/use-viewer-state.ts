/**
 * Follows the pdf.js viewer's state (page, scale, find results) into React, and
 * offers the few commands the toolbar needs. Every command goes through pdf.js.
 */
import { useCallback, useEffect, useState } from 'react'
import type { ViewerHandle } from './use-pdf-viewer'

export interface FindResult {
  current: number
  total: number
  state: 'idle' | 'found' | 'not-found' | 'pending'
}

export const zoomPresets = ['page-width', 'page-fit', 'auto', '0.5', '0.75', '1', '1.25', '1.5', '2', '3'] as const

export function useViewerState(handle: ViewerHandle | null) {
  const [tracked, setTracked] = useState<{ handle: ViewerHandle; page?: number; scale?: string } | null>(null)
  const [find, setFind] = useState<FindResult>({ current: 0, total: 0, state: 'idle' })
  const mine = tracked?.handle === handle ? tracked : null
  const page = mine?.page ?? handle?.viewer.currentPageNumber ?? 1
  const scale = mine?.scale ?? handle?.viewer.currentScaleValue ?? 'page-width'
  useEffect(() => {
    if (!handle) return
    const { eventBus } = handle
    const setPage = (page: number) => setTracked((t) => ({ ...(t?.handle === handle ? t : {}), handle, page }))
    const setScale = (scale: string) => setTracked((t) => ({ ...(t?.handle === handle ? t : {}), handle, scale }))
    const onPage = (e: { pageNumber: number }) => setPage(e.pageNumber)
    const onScale = (e: { presetValue?: string; scale: number }) => setScale(e.presetValue ?? String(e.scale))
    const onCount = (e: { matchesCount: { current: number; total: number } }) =>
      setFind((f) => ({ ...f, ...e.matchesCount, state: e.matchesCount.total ? 'found' : f.state }))
    const onControl = (e: { state: number; matchesCount: { current: number; total: number } }) =>
      setFind({ ...e.matchesCount, state: e.state === 1 ? 'not-found' : e.state === 3 ? 'pending' : 'found' })
    eventBus.on('pagechanging', onPage)
    eventBus.on('scalechanging', onScale)
    eventBus.on('updatefindmatchescount', onCount)
    eventBus.on('updatefindcontrolstate', onControl)
    return () => {
      eventBus.off('pagechanging', onPage)
      eventBus.off('scalechanging', onScale)
      eventBus.off('updatefindmatchescount', onCount)
      eventBus.off('updatefindcontrolstate', onControl)
    }
  }, [handle])

  const goTo = useCallback(
    (n: number) => {
      if (handle && Number.isInteger(n) && n >= 1 && n <= handle.viewer.pagesCount) handle.viewer.currentPageNumber = n
    },
    [handle],
  )
  const zoom = useCallback(
    (value: string | 'in' | 'out') => {
      if (!handle) return
      if (value === 'in') handle.viewer.increaseScale()
      else if (value === 'out') handle.viewer.decreaseScale()
      else handle.viewer.currentScaleValue = value
    },
    [handle],
  )
  const search = useCallback(
    (query: string, type: '' | 'again', previous = false) => {
      if (!handle) return
      if (!query) setFind({ current: 0, total: 0, state: 'idle' })
      handle.eventBus.dispatch('find', {
        source: null,
        type,
        query,
        caseSensitive: false,
        entireWord: false,
        highlightAll: true,
        findPrevious: previous,
        matchDiacritics: false,
      })
    },
    [handle],
  )
  return { page, pages: handle?.viewer.pagesCount ?? 0, scale, find, goTo, zoom, search }
}
