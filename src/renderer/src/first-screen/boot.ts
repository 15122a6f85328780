/**
 * What the host put in the page for the app's first render (main/first-page.ts): the
 * facilitator's settings, so that render is in their language and theme, as the screen drawn
 * ahead was. A page without it (a development server) starts from the defaults, as before.
 */
import type { Settings } from '@shared/model'
import { languages } from '@shared/model-lists'

export function bootSettings(): Settings | null {
  const text = document.getElementById('tc-boot')?.textContent
  if (!text) return null
  try {
    const settings = (JSON.parse(text) as { settings?: Settings }).settings
    return settings && (languages as readonly string[]).includes(settings.language) ? settings : null
  } catch {
    return null
  }
}

/**
 * The page carries only the stylesheet's rules its first screen uses, and preloads the whole
 * sheet (scripts/prerender-first-screen.mjs): switched on here, before the app's first render,
 * it does not hold the page's first frame back as a stylesheet in the HTML would.
 */
export function applyWholeStylesheet(): void {
  const link = document.getElementById('tc-stylesheet')
  if (link instanceof HTMLLinkElement) link.rel = 'stylesheet'
}
