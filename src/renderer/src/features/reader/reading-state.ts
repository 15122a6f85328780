/** Where the facilitator is in a document: read when it opens, saved as they move. */
import { useEffect, useRef } from 'react'
import { call } from '../../api/api'
import { findTerms } from './find-terms'
import type { StartView } from './use-pdf-viewer'

/** The page asked for (a search hit), else where the facilitator left off, at the zoom they left it. */
export async function startView(resourceId: string, startPage?: number, findQuery?: string): Promise<StartView> {
  const saved = await call('reader:getState', { resourceId }).catch(() => null)
  return {
    page: startPage ?? saved?.page ?? 1,
    zoom: saved?.zoom ?? 'page-width',
    find: findQuery ? findTerms(findQuery) : undefined,
  }
}

/** Saved once they pause, or at once if they leave the reader or close the window first. */
export function useSaveReadingState(resourceId: string, page: number, scale: string, ready: boolean) {
  const pending = useRef<(() => void) | null>(null)
  useEffect(() => () => pending.current?.(), [])
  useEffect(() => {
    if (!ready) return
    let done = false
    const save = () => {
      if (done) return
      done = true
      call('reader:setState', { resourceId, page, zoom: scale }).catch(() => undefined)
    }
    pending.current = save
    const timer = setTimeout(save, 400)
    window.addEventListener('pagehide', save)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('pagehide', save)
    }
  }, [resourceId, page, scale, ready])
}
