/**
 * Where the keyboard focus goes when the page changes: to the new page's heading, unless
 * the facilitator is already working inside the page. A new area, a record opened from a
 * list, a record just created (its "Create" button is gone) all land on the h1, which
 * may appear only once the record has loaded; switching tabs inside a record keeps the
 * focus on the tab.
 */
import { useEffect, useRef } from 'react'
import type { Route } from './routes'

// an area fetched for the first time (AreaView) draws its heading once its code has arrived
const WAIT_FOR_HEADING_MS = 8000

function focusLost(main: HTMLElement): boolean {
  const active = document.activeElement
  return !active || active === document.body || !main.contains(active)
}

/**
 * The page's heading as drawn: while a lazy area's code arrives, React keeps the previous
 * area in the DOM, hidden, beside the loading line, so the first h1 may be the old one.
 */
export function shownHeading(main: HTMLElement): HTMLElement | undefined {
  return [...main.querySelectorAll<HTMLElement>('h1')].find((h) => h.checkVisibility())
}

function focusHeadingWhenShown(main: HTMLElement): () => void {
  const tryFocus = () => {
    const heading = shownHeading(main)
    if (heading && focusLost(main)) heading.focus()
    return Boolean(heading)
  }
  if (tryFocus()) return () => {}
  const observer = new MutationObserver(() => tryFocus() && stop())
  const timer = window.setTimeout(() => stop(), WAIT_FOR_HEADING_MS)
  const stop = () => {
    observer.disconnect()
    window.clearTimeout(timer)
  }
  observer.observe(main, { childList: true, subtree: true })
  return stop
}

export function useFocusOnPageChange(route: Route) {
  const mainRef = useRef<HTMLElement>(null)
  const firstRender = useRef(true)
  const page = `${route.area}/${route.params[0] ?? ''}`
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    const main = mainRef.current
    if (main && focusLost(main)) return focusHeadingWhenShown(main)
  }, [page])
  return mainRef
}
