/**
 * How the app recognises its own key presses. The handlers call these, and the
 * shortcuts sheet lists the same shortcuts (shortcut-list.ts), so what the sheet says is
 * what the keys do. Letters are also recognised by their place on the keyboard, so
 * Ctrl+K works while an Arabic layout is active (the key then reads "ن").
 */

const latinLetter = /^[a-z]$/i

function isLetter(e: KeyboardEvent, letter: string): boolean {
  if (e.key.toLowerCase() === letter) return true
  return !latinLetter.test(e.key) && e.code === `Key${letter.toUpperCase()}`
}

const withMod = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey
const bare = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey

export const keyMatches = {
  palette: (e: KeyboardEvent) => withMod(e) && isLetter(e, 'k'),
  /** "?" — or the Arabic question mark, where an Arabic layout gives it on the same key */
  sheet: (e: KeyboardEvent) => bare(e) && (e.key === '?' || e.key === '؟'),
  undo: (e: KeyboardEvent) => withMod(e) && isLetter(e, 'z'),
}

/** Alt+1 … Alt+8: the area's place in the navigation (0-based), or null. The digit row counts too (AZERTY gives "&" there). */
export function areaNumber(e: KeyboardEvent): number | null {
  if (!e.altKey || e.ctrlKey || e.metaKey) return null
  const digit = /^[1-9]$/.test(e.key) ? e.key : /^Digit([1-9])$/.exec(e.code)?.[1]
  return digit ? Number(digit) - 1 : null
}

/** Where a key press belongs to the field being typed in, not to the app. */
export function inTextField(el: EventTarget | Element | null): boolean {
  return (
    el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement ||
    (el instanceof HTMLElement && el.isContentEditable)
  )
}

/** A dialog is open: the app's own shortcuts wait until it closes. */
export const dialogOpen = (): boolean => !!document.querySelector('[role="dialog"], [role="alertdialog"]')
