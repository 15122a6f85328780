/**
 * The app's code and its whole stylesheet, taken out of the built page's <head> and listed for
 * the page's head script to ask for once the first frame is on screen (before-first-frame.js).
 * Asked for by the parser, the twelve modules are fetched, parsed on V8's background threads
 * and the 272 kB stylesheet decoded while the drawn first screen is styled, laid out and
 * rastered — on two cores, its first frame came 100 ms later for it (probe, session 25). The
 * list sits just before the head script, so the script can read it as it runs.
 */
export const APP_ASSETS_ID = 'tc-app-assets'
const HEAD_SCRIPT_TAG = '<script src="./before-first-frame.js"></script>'

const entryScript = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/
const modulePreload = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g
const stylesheetPreload = (id) =>
  new RegExp(`<link rel="preload" as="style" crossorigin href="([^"]+)" id="${id}">\\s*`)

/**
 * @param {string} html the built index.html
 * @param {string} stylesheetId the id of the whole stylesheet's preload, which main.tsx switches on
 * @returns {string} the page with its entry script, module preloads and stylesheet preload listed instead
 */
export function deferAppAssets(html, stylesheetId) {
  const entry = entryScript.exec(html)
  if (!entry || !html.includes(HEAD_SCRIPT_TAG)) return html
  const modules = [...html.matchAll(modulePreload)].map((m) => m[1])
  const stylesheet = stylesheetPreload(stylesheetId).exec(html)?.[1] ?? null
  const list = JSON.stringify({ entry: entry[1], modules, stylesheet })
  if (/[<>&]/.test(list)) throw new Error(`defer-app-assets: an asset name the page cannot list: ${list}`)
  return html
    .replace(entryScript, '')
    .replace(modulePreload, '')
    .replace(stylesheetPreload(stylesheetId), '')
    .replace(
      HEAD_SCRIPT_TAG,
      () => `<script type="application/json" id="${APP_ASSETS_ID}">${list}</script>${HEAD_SCRIPT_TAG}`,
    )
}
