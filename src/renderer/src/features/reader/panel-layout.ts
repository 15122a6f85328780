/**
 * The reader's side panel starts as the facilitator left it; until they choose,
 * it is open only where the window leaves the page a comfortable width (issue #18:
 * at 1024 px an open panel left the page 444 px wide).
 */
import type { Settings } from '@shared/model'

/** Below this window width an undecided panel starts closed. */
export const AUTO_OPEN_MIN_WIDTH = 1200

export function panelStartsOpen(setting: Settings['readerPanel'], windowWidth: number): boolean {
  return setting === 'auto' ? windowWidth >= AUTO_OPEN_MIN_WIDTH : setting === 'open'
}
