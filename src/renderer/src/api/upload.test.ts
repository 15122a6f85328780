import { afterEach, describe, expect, it, vi } from 'vitest'
import { uploadFile } from './upload'

const MB = 1024 * 1024

describe('uploading a file in browser mode', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('refuses a file over the limit with the size message, before sending a byte', async () => {
    const fetchSpy = vi.fn()
    vi.stubGlobal('fetch', fetchSpy)
    const huge = { name: 'scanned-archive.pdf', size: 300 * MB } as File
    const answer = await uploadFile(huge, 256 * MB)
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'import-failed',
        said: { id: 'file-too-large', values: { name: 'scanned-archive.pdf', size: '300 MB', limit: '256 MB' } },
      },
    })
    expect(answer.ok ? '' : answer.error.message).not.toMatch(/fetch/i)
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it('sends a file under the limit', async () => {
    const fetchSpy = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { uploadId: 'a'.repeat(32) } })))
    vi.stubGlobal('fetch', fetchSpy)
    const small = new File([new Uint8Array(10)], 'quick-guide.pdf')
    expect(await uploadFile(small, 256 * MB)).toEqual({ ok: true, value: { uploadId: 'a'.repeat(32) } })
    expect(fetchSpy).toHaveBeenCalledOnce()
  })
})
