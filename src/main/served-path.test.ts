import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { contentType, libraryFilePath, resolveInside } from './served-path'

const root = '/srv/renderer'

describe('the served-path resolver', () => {
  it('resolves ordinary asset paths inside the root', () => {
    expect(resolveInside(root, '/index.html')).toBe(join(root, 'index.html'))
    expect(resolveInside(root, '/assets/app-1.js')).toBe(join(root, 'assets/app-1.js'))
    expect(resolveInside(root, '/')).toBe(join(root, 'index.html'))
  })

  it('refuses every way out of the root', () => {
    for (const attempt of [
      '/../secret',
      '/assets/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2fetc%2fpasswd',
      '/assets/..\\..\\x',
      '/a%00b',
      '/%E0%A4%A',
      '/..',
    ]) {
      expect(resolveInside(root, attempt), attempt).toBeNull()
    }
  })

  it('maps only a sha256 to a library file', () => {
    const sha = 'ab'.repeat(32)
    expect(libraryFilePath('/data/files', sha)).toBe(join('/data/files', `${sha}.pdf`))
    expect(libraryFilePath('/data/files', `/${sha}.pdf`)).toBe(join('/data/files', `${sha}.pdf`))
    expect(libraryFilePath('/data/files', '../db.json')).toBeNull()
    expect(libraryFilePath('/data/files', 'AB'.repeat(32))).toBeNull()
  })

  it('serves module scripts and wasm with the types pdf.js needs', () => {
    expect(contentType('pdf.worker.mjs')).toMatch(/^text\/javascript/)
    expect(contentType('openjpeg.wasm')).toBe('application/wasm')
  })
})
