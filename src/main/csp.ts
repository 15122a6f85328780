/**
 * The Content-Security-Policy both hosts send with the renderer. pdf.js needs
 * 'wasm-unsafe-eval' for its wasm decoders; nothing needs 'unsafe-eval'. Styles
 * allow inline because React and pdf.js set element styles. One inline script is
 * allowed, by its hash: the page's head script (before-first-frame.js), put inside
 * the page by first-page.ts so the first frame does not wait for a request.
 */
import { createHash } from 'node:crypto'
import headScript from '../renderer/public/before-first-frame.js?raw'

// the HTML parser turns CRLF into LF before the browser hashes an inline script: a checkout with
// Windows line endings must hash what the browser will see
export const HEAD_SCRIPT = headScript.replace(/\r\n?/g, '\n')
const headScriptHash = `'sha256-${createHash('sha256').update(HEAD_SCRIPT).digest('base64')}'`

export const SCRIPT_SRC = `script-src 'self' 'wasm-unsafe-eval' ${headScriptHash}`

export const CSP = [
  "default-src 'self'",
  SCRIPT_SRC,
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' library:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
