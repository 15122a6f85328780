/**
 * Every keyboard shortcut of the app, grouped as the shortcuts sheet shows them. A chord
 * is a list of keys; a named key ('mod', 'shift', 'enter'…) is written in the interface
 * language, anything else as it is. The labels are i18next keys under `shortcuts.items`.
 * The handlers recognise the same keys through keys.ts.
 */
import { areas } from '../routes'
import { readerShortcuts as readerKeys } from '../../features/reader/reader-shortcuts'

export const namedKeys = ['mod', 'alt', 'shift', 'enter', 'escape', 'up', 'down', 'home', 'end'] as const
export type NamedKey = (typeof namedKeys)[number]

export interface Shortcut {
  /** i18next key of what it does */
  label: string
  /** alternatives, each a chord of keys */
  keys: string[][]
}

export interface ShortcutGroup {
  /** i18next key of the group's title */
  title: string
  shortcuts: Shortcut[]
}

const item = (id: string, ...keys: string[][]): Shortcut => ({ label: `shortcuts.items.${id}`, keys })

export const appShortcuts: ShortcutGroup = {
  title: 'shortcuts.groups.app',
  shortcuts: [
    item('palette', ['mod', 'K']),
    item('sheet', ['?']),
    item('areas', ['alt', `1–${areas.length}`]),
    item('undo', ['mod', 'Z']),
  ],
}

export const paletteShortcuts: ShortcutGroup = {
  title: 'shortcuts.groups.palette',
  shortcuts: [item('paletteMove', ['up'], ['down']), item('paletteRun', ['enter']), item('paletteClose', ['escape'])],
}

export const searchShortcuts: ShortcutGroup = {
  title: 'shortcuts.groups.search',
  shortcuts: [
    item('searchInto', ['down']),
    item('searchMove', ['up'], ['down'], ['home'], ['end']),
    item('searchOpen', ['enter']),
    item('searchBack', ['escape']),
  ],
}

const named: Record<string, string> = { Ctrl: 'mod', Shift: 'shift', Alt: 'alt', Enter: 'enter' }

/** The reader's own list (features/reader/reader-shortcuts.ts, which its handler reads), then its find bar and page box. */
export const readerShortcuts: ShortcutGroup = {
  title: 'shortcuts.groups.reader',
  shortcuts: [
    ...readerKeys.map((s) => ({
      label: s.label,
      keys: s.keys.split(' ').map((chord) => chord.split('+').map((key) => named[key] ?? key)),
    })),
    item('readerNext', ['enter']),
    item('readerPrevious', ['shift', 'enter']),
    item('readerPage', ['enter']),
  ],
}

export const runShortcuts: ShortcutGroup = {
  title: 'shortcuts.groups.run',
  shortcuts: [item('runNote', ['enter'])],
}

export const shortcutGroups: ShortcutGroup[] = [
  appShortcuts,
  paletteShortcuts,
  searchShortcuts,
  readerShortcuts,
  runShortcuts,
]
