import { describe, expect, it } from 'vitest'
import { decideUrl, isExternalLinkAllowed, isLocalRequest, isPresenterUrl } from './url-policy'

describe('URL policy', () => {
  it('lets only the presenter view open as a second app window', () => {
    expect(isPresenterUrl('app://renderer/index.html#/present/abc')).toBe(true)
    expect(isPresenterUrl('app://renderer/index.html#/library')).toBe(false)
    expect(isPresenterUrl('app://renderer/index.html#/screen/w1')).toBe(true)
    expect(isPresenterUrl('https://example.org/#/present/abc')).toBe(false)
  })

  it('keeps the app in its window', () => {
    expect(decideUrl('app://renderer/index.html')).toBe('stay')
    expect(decideUrl('app://renderer/#/library')).toBe('stay')
  })

  it('hands only http(s) links to the system browser', () => {
    expect(decideUrl('https://gppac.net/resources')).toBe('open-external')
    expect(decideUrl('http://example.org')).toBe('open-external')
    expect(isExternalLinkAllowed('https://')).toBe(false)
  })

  it('denies every other scheme, including ones a hostile PDF might carry', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'smb://host/share',
      'ms-msdt:/id',
      'app://evil/index.html',
      'library://files/abc',
      'not a url',
      '',
    ]) {
      expect(decideUrl(url), url).toBe('deny')
    }
  })

  it('lets through only local requests in the desktop session', () => {
    expect(isLocalRequest('app://renderer/assets/index.js')).toBe(true)
    expect(isLocalRequest('library://files/' + 'a'.repeat(64))).toBe(true)
    expect(isLocalRequest('https://fonts.googleapis.com/css')).toBe(false)
    expect(isLocalRequest('http://127.0.0.1:8080/')).toBe(false)
  })
})
