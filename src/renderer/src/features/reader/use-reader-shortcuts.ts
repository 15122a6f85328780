/**
 * Runs the reader's shortcuts (`reader-shortcuts.ts`) while the reader is on screen. Folding
 * the side panel waits until the focus is out of a text field: the note being typed is in it.
 */
import { useEffect, useRef } from 'react'
import { inTextField } from '../../shell/shortcuts/keys'
import { commandFor, type ReaderCommand } from './reader-shortcuts'

const keptWhileTyping: ReaderCommand[] = ['sidePanel']

export function useReaderShortcuts(handlers: Partial<Record<ReaderCommand, () => void>>): void {
  const current = useRef(handlers)
  useEffect(() => {
    current.current = handlers
  })
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandFor(e)
      const run = command && current.current[command]
      if (!run || (keptWhileTyping.includes(command) && inTextField(e.target))) return
      e.preventDefault()
      run()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
