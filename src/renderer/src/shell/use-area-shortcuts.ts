import { useEffect } from 'react'
import { areas, hrefFor } from './routes'

/** Alt+1 … Alt+8 jump to the areas in navigation order, from anywhere. */
export function useAreaShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
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
