/**
 * The page itself, as both hosts serve it: the built index.html with the facilitator's language
 * on <html>, their settings for the app's first render (so it is in their language and theme
 * from its first frame), and the first screen the build drew ahead for those settings
 * (shared/first-screen.ts), painted with the HTML before the app's code has arrived. That
 * screen is inert (and hidden from assistive technology) until the app's own render replaces
 * it; the page's head script (put inside the page, allowed by its hash) hides it when the
 * address names another area. A build without the drawn screens (a development server) serves
 * the page with the language and settings only.
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Settings } from '@shared/model'
import { languages, textDirection } from '@shared/model-lists'
import { HEAD_SCRIPT, SCRIPT_SRC } from './csp'
import { appearancesOf, FIRST_SCREEN_FILE, firstScreenKey, type FirstScreenHost } from '@shared/first-screen'

export interface FirstPageParts {
  indexHtml: string
  /** first-screen.json: the drawn screens by key, or null when the build has none */
  screens: Record<string, string> | null
}

export const BOOT_ELEMENT_ID = 'tc-boot'
const HEAD_SCRIPT_TAG = '<script src="./before-first-frame.js"></script>'

/**
 * The built parts, read again only when the build changed them: the page is asked for at every
 * start and reload, and reading and parsing them was a third of the server's answer time.
 */
export function firstPageParts(rendererDir: string): () => FirstPageParts | null {
  let held: { stamp: string; parts: FirstPageParts | null } | null = null
  const stampOf = (name: string) => {
    try {
      const info = statSync(join(rendererDir, name))
      return `${info.size}:${info.mtimeMs}`
    } catch {
      return '-'
    }
  }
  return () => {
    const stamp = `${stampOf('index.html')}/${stampOf(FIRST_SCREEN_FILE)}`
    if (held?.stamp !== stamp) held = { stamp, parts: loadFirstPageParts(rendererDir) }
    return held.parts
  }
}

/** index.html and the drawn screens as built, or null when the renderer is not built. */
export function loadFirstPageParts(rendererDir: string): FirstPageParts | null {
  let indexHtml: string
  try {
    indexHtml = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  } catch {
    return null
  }
  let screens: FirstPageParts['screens'] = null
  try {
    screens = JSON.parse(readFileSync(join(rendererDir, FIRST_SCREEN_FILE), 'utf8')) as Record<string, string>
  } catch {
    // a development build: the page is served without a drawn first screen
  }
  return { indexHtml, screens }
}

/** JSON inside a <script> element: nothing in it can close the element or start a comment. */
const scriptSafeJson = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')

function drawnScreens(screens: FirstPageParts['screens'], host: FirstScreenHost, settings: Settings): string {
  if (!screens) return ''
  const appearances = appearancesOf(settings.theme)
  const parts = appearances.map((appearance) => ({
    appearance,
    html: screens[firstScreenKey({ host, language: settings.language, appearance, libraryView: settings.libraryView })],
  }))
  if (parts.some((p) => typeof p.html !== 'string')) return ''
  // "system": both are sent, the stylesheet shows the one the computer's appearance asks for
  return parts
    .map(
      (p) =>
        `<div data-first-screen="${appearances.length > 1 ? p.appearance : 'on'}" inert aria-hidden="true">${p.html}</div>`,
    )
    .join('')
}

export function composeFirstPage(parts: FirstPageParts, host: FirstScreenHost, settings: Settings): string {
  // the store's settings are checked when written; what goes into an attribute is checked again here
  const language = (languages as readonly string[]).includes(settings.language) ? settings.language : 'en'
  const boot = `<script type="application/json" id="${BOOT_ELEMENT_ID}">${scriptSafeJson({ settings })}</script>`
  // replacer functions: a "$" in what is put in must stay a "$"
  const page = parts.indexHtml
    .replace(/<html[^>]*>/, () => `<html lang="${language}" dir="${textDirection(language)}">`)
    .replace('</head>', () => `${boot}</head>`)
    .replace('<div id="root"></div>', () => `<div id="root">${drawnScreens(parts.screens, host, settings)}</div>`)
  // the head script inside the page, allowed by its hash (csp.ts): the first frame waits for no request;
  // only with the page's own policy allowing it too, or the script would not run at all
  const policy = /script-src 'self' 'wasm-unsafe-eval'(?=[;"])/
  if (!page.includes(HEAD_SCRIPT_TAG) || !policy.test(page)) return page
  return page.replace(policy, () => SCRIPT_SRC).replace(HEAD_SCRIPT_TAG, () => `<script>${HEAD_SCRIPT}</script>`)
}
