/**
 * Keyboard reach for the toast: Ctrl+Z (⌘Z) undoes when no text field has the focus
 * (there it stays the field's own undo), and when the button that deleted something
 * has gone with it, the focus lands on Undo rather than on the page.
 */
import { useEffect, type RefObject } from 'react'
import { inTextField, keyMatches } from '../shortcuts/keys'

export function useUndoShortcut(onUndo: (() => void) | null): void {
  useEffect(() => {
    if (!onUndo) return
    const onKey = (e: KeyboardEvent) => {
      if (!keyMatches.undo(e) || inTextField(document.activeElement)) return
      e.preventDefault()
      onUndo()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onUndo])
}

const LOOK_MS = 3000

export function useFocusWhenLost(target: RefObject<HTMLElement | null>, key: unknown): void {
  useEffect(() => {
    if (key === null) return
    const lost = () => !document.activeElement || document.activeElement === document.body
    const timer = setInterval(() => {
      if (lost()) target.current?.focus()
    }, 100)
    const stop = setTimeout(() => clearInterval(timer), LOOK_MS)
    return () => {
      clearInterval(timer)
      clearTimeout(stop)
    }
  }, [target, key])
}
