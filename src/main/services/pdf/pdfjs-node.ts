/**
 * pdf.js as the Node side uses it. The asset folders must be plain file paths
 * with a trailing slash (not file:// URLs), or CJK text silently disappears.
 * PDFs are untrusted: no scripting, no eval, no font injection, no XFA.
 */
import { createRequire } from 'node:module'
import { dirname, join, sep } from 'node:path'
import { pathToFileURL } from 'node:url'

const nodeRequire = createRequire(import.meta.url)
export const pdfjsRoot = dirname(nodeRequire.resolve('pdfjs-dist/package.json'))
const folder = (name: string) => join(pdfjsRoot, name) + sep

export const pdfjsModuleUrl = pathToFileURL(join(pdfjsRoot, 'legacy', 'build', 'pdf.mjs')).href
export const pdfjsWorkerUrl = pathToFileURL(join(pdfjsRoot, 'legacy', 'build', 'pdf.worker.mjs')).href

export const untrustedPdfOptions = {
  cMapUrl: folder('cmaps'),
  cMapPacked: true,
  standardFontDataUrl: folder('standard_fonts'),
  wasmUrl: folder('wasm'),
  // pdfjs-dist 6 has no eval path left; the flag is kept so the intent survives an upgrade or downgrade.
  isEvalSupported: false,
  enableXfa: false,
  disableFontFace: true,
  useSystemFonts: false,
  stopAtErrors: false,
  verbosity: 0,
}
