import { useEffect } from 'react'
import { areas, hrefFor } from './routes'
import { FOCUS_SEARCH_EVENT } from '../features/search/SearchPage'

/** Alt+1 … Alt+8 jump to the areas in navigation order, from anywhere; Ctrl+K (⌘K) focuses search. */
export function useAreaShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        if (!window.location.hash.startsWith(hrefFor('search'))) window.location.hash = hrefFor('search')
        else window.dispatchEvent(new Event(FOCUS_SEARCH_EVENT))
        return
      }
      if (!event.altKey || event.ctrlKey || event.metaKey) return
      const index = Number.parseInt(event.key, 10) - 1
      const area = areas[index]
      if (!area) return
      event.preventDefault()
      window.location.hash = hrefFor(area.id)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
