// After the renderer's build: the library's first frame drawn for every variant it depends on
// (src/shared/first-screen.ts), with the app's own components in Node (Vite's SSR loader, the
// same sources and aliases), into out/renderer/first-screen.json; and the rules those screens
// use put inside index.html, so the page paints with its first bytes instead of waiting for
// a stylesheet that shares the connection and the cores with the app's scripts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createServer } from 'vite'
import react from '@vitejs/plugin-react'
import Beasties from 'beasties'
import { trimFirstScreenCss } from './trim-first-screen-css.mjs'
import { deferAppAssets } from './defer-app-assets.mjs'
import { root } from './lib.mjs'

const rendererOut = join(root, 'out', 'renderer')
/** the preloaded whole stylesheet main.tsx switches on (src/renderer/src/first-screen/boot.ts) */
const STYLESHEET_ID = 'tc-stylesheet'

async function drawFor(host) {
  // one server per host: the app's modules read the host as they load, so each needs its own copy of them
  const server = await createServer({
    configFile: false,
    root: join(root, 'src', 'renderer'),
    logLevel: 'error',
    resolve: { alias: { '@shared': resolve(root, 'src/shared'), '@renderer': resolve(root, 'src/renderer/src') } },
    plugins: [react()],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    // no dependency pre-bundling for a browser that will never load this server's pages
    optimizeDeps: { noDiscovery: true, include: [] },
    appType: 'custom',
  })
  try {
    const { renderFirstScreens } = await server.ssrLoadModule(join(root, 'src/renderer/src/first-screen/render.tsx'))
    return await renderFirstScreens(host)
  } finally {
    await server.close()
  }
}

/**
 * The entry stylesheet split in two: the rules the drawn screens use, inside the page, so the first
 * frame waits for no request; and the whole sheet preloaded, switched on by main.tsx before the app's
 * first render. A stylesheet the parser meets blocks rendering wherever it stands; one a script
 * switches on does not. The rules are chosen by Beasties against every drawn screen, under the
 * attributes the page's <html> can carry (the Linux font stack, Arabic's direction), then trimmed
 * to what those screens use (trim-first-screen-css.mjs).
 */
async function splitEntryStylesheet(html, screens) {
  const link = /<link rel="stylesheet" crossorigin href="\.\/(assets\/index-[^"]+\.css)">/.exec(html)
  if (!link) return html
  const screensIn = (language) =>
    Object.entries(screens)
      .filter(([key]) => key.split('.')[1] === language)
      .map(([, screen]) => screen)
      .join('')
  const probe =
    `<!doctype html><html data-font-stack="system"><head>${link[0]}</head><body>` +
    `<div dir="ltr">${screensIn('en')}${screensIn('fr')}</div><div dir="rtl">${screensIn('ar')}</div></body></html>`
  const beasties = new Beasties({
    path: rendererOut,
    publicPath: './',
    pruneSource: false,
    fonts: false,
    compress: true,
    logLevel: 'warn',
    // Beasties strips pseudo-classes before matching, so a selector that starts with :where(…) or
    // :is(…) is left empty and dropped (Radix's margin resets; its dark palette, `:is(.dark, …)`,
    // which left the dark screen on a white page): such rules are kept here and matched by
    // trimFirstScreenCss, which reads :where and :is
    allowRules: [/^:(?:where|is)\(/],
  })
  const critical = trimFirstScreenCss(
    [...(await beasties.process(probe)).matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join(''),
    probe,
  )
  if (!critical || critical.includes('</style')) throw new Error('prerender: no first-screen CSS was found')
  return html.replace(
    link[0],
    () =>
      `<style>${critical}</style><link rel="preload" as="style" crossorigin href="./${link[1]}" id="${STYLESHEET_ID}">`,
  )
}

export async function prerenderFirstScreen() {
  const indexPath = join(rendererOut, 'index.html')
  if (!existsSync(indexPath))
    throw new Error('prerender: out/renderer/index.html is missing (build the renderer first)')
  const screens = { ...(await drawFor('browser')), ...(await drawFor('desktop')) }
  writeFileSync(join(rendererOut, 'first-screen.json'), JSON.stringify(screens))
  writeFileSync(
    indexPath,
    deferAppAssets(await splitEntryStylesheet(readFileSync(indexPath, 'utf8'), screens), STYLESHEET_ID),
  )
  return Object.keys(screens).length
}
