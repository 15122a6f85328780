import { describe, expect, it, vi } from 'vitest'
import { createPreloadCache } from './preload-cache'

const pdf = new Uint8Array([37, 80, 68, 70])

describe('the preload cache', () => {
  it('fetches a file once, however often the reader asks, and hands the bytes over once', async () => {
    const fetchBytes = vi.fn(async () => pdf)
    const cache = createPreloadCache(fetchBytes, 1000)
    cache.preload('/files/a', 4)
    cache.preload('/files/a', 4)
    expect(await cache.take('/files/a')).toBe(pdf)
    cache.preload('/files/a', 4)
    expect(cache.take('/files/a')).toBeNull()
    expect(fetchBytes).toHaveBeenCalledTimes(1)
  })

  it('leaves a file over the limit, or one never asked for, to pdf.js', () => {
    const fetchBytes = vi.fn(async () => pdf)
    const cache = createPreloadCache(fetchBytes, 1000)
    cache.preload('/files/big', 2000)
    expect(cache.take('/files/big')).toBeNull()
    expect(cache.take('/files/other')).toBeNull()
    expect(fetchBytes).not.toHaveBeenCalled()
  })

  it('holds one file: asking for another replaces it, leaving lets it go', async () => {
    const cache = createPreloadCache(async (url) => new TextEncoder().encode(url), 1000)
    cache.preload('/files/a', 4)
    cache.preload('/files/b', 4)
    expect(cache.take('/files/a')).toBeNull()
    cache.drop('/files/b')
    expect(cache.take('/files/b')).toBeNull()
  })

  it('answers null when the fetch fails, so pdf.js loads the file and reports why', async () => {
    const cache = createPreloadCache(async () => Promise.reject(new Error('offline')), 1000)
    cache.preload('/files/a', 4)
    expect(await cache.take('/files/a')).toBeNull()
  })
})
