/**
 * Dark pages follow the app's theme unless the facilitator says otherwise. The
 * toggle stores what differs from the theme, so switching back to what the theme
 * gives returns to following it.
 */
import type { Settings } from '@shared/model'

type DarkPages = Settings['readerDarkPages']

export const pagesAreDark = (setting: DarkPages, appDark: boolean): boolean =>
  setting === 'theme' ? appDark : setting === 'on'

export function toggledDarkPages(setting: DarkPages, appDark: boolean): DarkPages {
  const dark = !pagesAreDark(setting, appDark)
  if (dark === appDark) return 'theme'
  return dark ? 'on' : 'off'
}
