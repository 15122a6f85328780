import { useEffect } from 'react'
import { areas, hrefFor } from './routes'
import { areaNumber } from './shortcuts/keys'

/** Alt+1 … Alt+9 jump to the areas in navigation order, from anywhere. */
export function useAreaShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const index = areaNumber(event)
      const area = index === null ? undefined : areas[index]
      if (!area) return
      event.preventDefault()
      window.location.hash = hrefFor(area.id)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
