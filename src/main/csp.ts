/**
 * The Content-Security-Policy both hosts send with the renderer. pdf.js needs
 * 'wasm-unsafe-eval' for its wasm decoders; nothing needs 'unsafe-eval'. Styles
 * allow inline because React and pdf.js set element styles.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
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
