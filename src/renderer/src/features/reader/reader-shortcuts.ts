/**
 * The reader's keyboard shortcuts in one list, so a shortcuts sheet or a command
 * palette can show them as they are bound: keys written as a person reads them
 * ("Ctrl+Shift+H"; Ctrl also answers to ⌘ on a Mac) and the i18n key of the label.
 * Entries without a command are handled where the focus is (the separator's arrow keys).
 */
export type ReaderCommand = 'find' | 'highlight' | 'sidePanel' | 'darkPages'

export interface ReaderShortcut {
  keys: string
  label: string
  command?: ReaderCommand
}

export const readerShortcuts: readonly ReaderShortcut[] = [
  { keys: 'Ctrl+F', label: 'reader.shortcuts.find', command: 'find' },
  { keys: 'Ctrl+Shift+H', label: 'reader.shortcuts.highlight', command: 'highlight' },
  { keys: 'Ctrl+B', label: 'reader.shortcuts.sidePanel', command: 'sidePanel' },
  { keys: 'Ctrl+Shift+L', label: 'reader.shortcuts.darkPages', command: 'darkPages' },
  { keys: '← →', label: 'reader.shortcuts.resizePanel' },
  { keys: 'Enter', label: 'reader.shortcuts.foldPanel' },
]

export const keysFor = (command: ReaderCommand) => readerShortcuts.find((s) => s.command === command)!.keys

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>

/** Whether a key event is the combination written in `keys` (modifiers exactly, the key without regard to case). */
export function matchesKeys(keys: string, e: KeyEventLike): boolean {
  const parts = keys.split('+')
  const key = parts.pop()!.toLowerCase()
  const ctrl = parts.includes('Ctrl')
  return (
    e.key.toLowerCase() === key &&
    (e.ctrlKey || e.metaKey) === ctrl &&
    e.shiftKey === parts.includes('Shift') &&
    e.altKey === parts.includes('Alt')
  )
}

export function commandFor(e: KeyEventLike): ReaderCommand | undefined {
  return readerShortcuts.find((s) => s.command && matchesKeys(s.keys, e))?.command
}
