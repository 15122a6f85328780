/**
 * The first screen drawn ahead. The build renders the library's first frame with the real
 * components (renderer/src/first-screen/render.tsx) for every combination of what that frame
 * depends on, and the host serves the one for the facilitator's settings inside the page
 * itself (main/first-page.ts), so it is painted with the HTML, before the app's code has
 * arrived; the app's own first render then takes its place, looking the same.
 *
 * Its key names everything the frame depends on: the host (its badge), the language, the
 * appearance and the library's view. A setting the library's first frame starts to depend on
 * must be added here (render.test.ts fails until it is).
 */
import { languages } from './model-lists'
import type { Settings } from './model'

export type FirstScreenHost = 'browser' | 'desktop'
export type Appearance = 'light' | 'dark'

export const FIRST_SCREEN_FILE = 'first-screen.json'

export interface FirstScreenVariant {
  host: FirstScreenHost
  language: Settings['language']
  appearance: Appearance
  libraryView: Settings['libraryView']
}

export const firstScreenKey = (v: FirstScreenVariant): string =>
  `${v.host}.${v.language}.${v.appearance}.${v.libraryView}`

export function* firstScreenVariants(host: FirstScreenHost): Generator<FirstScreenVariant> {
  for (const language of languages)
    for (const appearance of ['light', 'dark'] as const)
      for (const libraryView of ['list', 'grid'] as const) yield { host, language, appearance, libraryView }
}

/** The appearances a theme can show: "system" follows the computer's, unknown to the host until the page asks. */
export const appearancesOf = (theme: Settings['theme']): Appearance[] =>
  theme === 'system' ? ['light', 'dark'] : [theme]
