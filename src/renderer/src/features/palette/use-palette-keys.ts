import { useEffect } from 'react'
import { dialogOpen, inTextField, keyMatches } from '../../shell/shortcuts/keys'

/**
 * Ctrl+K (⌘K) opens the palette from anywhere, a text field included; "?" opens the
 * shortcuts sheet where it is not a character being typed. Neither opens over another dialog.
 */
export function usePaletteKeys(open: (what: 'palette' | 'sheet') => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (keyMatches.palette(e)) {
        e.preventDefault()
        if (!dialogOpen()) open('palette')
      } else if (keyMatches.sheet(e) && !inTextField(e.target) && !dialogOpen()) {
        e.preventDefault()
        open('sheet')
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open])
}
