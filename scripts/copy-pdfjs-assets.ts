/**
 * A build step for the renderer: ship pdfjs-dist's cmaps, standard fonts and
 * wasm decoders next to the app (out/renderer/pdfjs/), or CJK text and JPEG 2000
 * images silently go missing. Nothing is fetched from a CDN.
 */
import { cpSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import type { Plugin } from 'vite'

export function copyPdfjsAssets(): Plugin {
  let outDir = ''
  return {
    name: 'copy-pdfjs-assets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    writeBundle() {
      const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
      for (const folder of ['cmaps', 'standard_fonts', 'wasm']) {
        cpSync(join(root, folder), join(outDir, 'pdfjs', folder), { recursive: true })
      }
    },
  }
}
