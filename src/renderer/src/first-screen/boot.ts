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
