import { describe, expect, it } from 'vitest'
import { IMMUTABLE, rendererCache, stillFresh } from './caching'

describe('browser-mode caching', () => {
  it('keeps for good only build assets whose name carries a content hash', () => {
    expect(rendererCache('/assets/index-BE72luWd.js')).toBe(IMMUTABLE)
    expect(rendererCache('/assets/Reader-D4QSy_t0.css')).toBe(IMMUTABLE)
    expect(rendererCache('/assets/cursor-editorTextHighlight-kG3uUOwL.svg')).toBe(IMMUTABLE)
    expect(rendererCache('/index.html')).toBe('no-cache')
    expect(rendererCache('/')).toBe('no-cache')
    expect(rendererCache('/favicon.svg')).toBe('no-cache')
    expect(rendererCache('/pdfjs/cmaps/UniGB-UCS2-H.bcmap')).toBe('no-cache')
    expect(rendererCache('/assets/plain.js')).toBe('no-cache')
    expect(rendererCache('/assets/sub/index-BE72luWd.js')).toBe('no-cache')
  })

  it('compares validators weakly and reads lists and the wildcard', () => {
    expect(stillFresh('W/"a-1"', 'W/"a-1"')).toBe(true)
    expect(stillFresh('"a-1"', 'W/"a-1"')).toBe(true)
    expect(stillFresh('"b", W/"a-1"', 'W/"a-1"')).toBe(true)
    expect(stillFresh('*', 'W/"a-1"')).toBe(true)
    expect(stillFresh('W/"a-2"', 'W/"a-1"')).toBe(false)
    expect(stillFresh(undefined, 'W/"a-1"')).toBe(false)
    expect(stillFresh('', 'W/"a-1"')).toBe(false)
  })
})
