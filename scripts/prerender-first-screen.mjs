// After the renderer's build: the library's first frame drawn for every variant it depends on
// (src/shared/first-screen.ts), with the app's own components in Node (Vite's SSR loader, the
// same sources and aliases), into out/renderer/first-screen.json; and the first screen's
// stylesheet put inside index.html, so the page paints with its first bytes instead of
// waiting for a stylesheet that shares the connection and the cores with the app's scripts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createServer } from 'vite'
import react from '@vitejs/plugin-react'
import { root } from './lib.mjs'

const rendererOut = join(root, 'out', 'renderer')

async function drawFor(host) {
  // one server per host: the app's modules read the host as they load, so each needs its own copy of them
  const server = await createServer({
    configFile: false,
    root: join(root, 'src', 'renderer'),
    logLevel: 'error',
    resolve: { alias: { '@shared': resolve(root, 'src/shared'), '@renderer': resolve(root, 'src/renderer/src') } },
    plugins: [react()],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
  })
  try {
    const { renderFirstScreens } = await server.ssrLoadModule(join(root, 'src/renderer/src/first-screen/render.tsx'))
    return await renderFirstScreens(host)
  } finally {
    await server.close()
  }
}

/** The entry stylesheet's text in place of its <link>, unless it points at other files (it would lose its base). */
function inlineEntryStylesheet(html) {
  const link = /<link rel="stylesheet" crossorigin href="\.\/(assets\/index-[^"]+\.css)">/.exec(html)
  if (!link) return html
  const css = readFileSync(join(rendererOut, link[1]), 'utf8')
  if (/url\((?!\s*["']?data:)/.test(css) || css.includes('</style')) return html
  return html.replace(link[0], () => `<style>${css}</style>`)
}

export async function prerenderFirstScreen() {
  const indexPath = join(rendererOut, 'index.html')
  if (!existsSync(indexPath))
    throw new Error('prerender: out/renderer/index.html is missing (build the renderer first)')
  const screens = { ...(await drawFor('browser')), ...(await drawFor('desktop')) }
  writeFileSync(join(rendererOut, 'first-screen.json'), JSON.stringify(screens))
  writeFileSync(indexPath, inlineEntryStylesheet(readFileSync(indexPath, 'utf8')))
  return Object.keys(screens).length
}
