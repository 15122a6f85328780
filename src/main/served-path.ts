/**
 * The one resolver both hosts use to turn a URL path into a file on disk: the
 * renderer's built files, and library PDFs by content hash. Anything that would
 * leave its root (.., encoded slashes, NUL, absolute paths) resolves to null.
 */
import { isAbsolute, join, normalize, relative, sep } from 'node:path'

export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const trimmed = decoded.replace(/^\/+/, '')
  const relativePath = normalize(trimmed === '' ? 'index.html' : trimmed)
  if (isAbsolute(relativePath)) return null
  const full = join(root, relativePath)
  const rel = relative(root, full)
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null
  return full
}

const SHA256 = /^[0-9a-f]{64}$/

/** `/files/<sha256>` or `<sha256>.pdf` → files/<sha256>.pdf inside the data folder. */
export function libraryFilePath(filesDir: string, name: string): string | null {
  const sha = name.replace(/^\/+/, '').replace(/\.pdf$/, '')
  return SHA256.test(sha) ? join(filesDir, `${sha}.pdf`) : null
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.pdf': 'application/pdf',
}

export function contentType(path: string): string {
  const dot = path.lastIndexOf('.')
  return types[path.slice(dot).toLowerCase()] ?? 'application/octet-stream'
}
