/** Runs the reader's shortcuts (`reader-shortcuts.ts`) while the reader is on screen. */
import { useEffect, useRef } from 'react'
import { commandFor, type ReaderCommand } from './reader-shortcuts'

export function useReaderShortcuts(handlers: Partial<Record<ReaderCommand, () => void>>): void {
  const current = useRef(handlers)
  useEffect(() => {
    current.current = handlers
  })
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandFor(e)
      const run = command && current.current[command]
      if (!run) return
      e.preventDefault()
      run()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
