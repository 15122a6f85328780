import { describe, expect, it } from 'vitest'
import { createPicturesFirst } from './pictures-first'

const after = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

describe('the picture before the bytes', () => {
  it('lets a file go at once when no picture is being answered', async () => {
    const first = createPicturesFirst(1_000)
    const started = Date.now()
    await first.before()
    await first.track(Promise.resolve('kept picture'))
    await first.before()
    expect(Date.now() - started).toBeLessThan(50)
  })

  it('holds a file until the picture being answered is answered, failed or not', async () => {
    const first = createPicturesFirst(5_000)
    const order: string[] = []
    let answer = () => {}
    void first.track(new Promise<void>((resolve) => (answer = resolve))).then(() => order.push('picture'))
    const file = first.before().then(() => order.push('file'))
    await after(30)
    expect(order).toEqual([])
    answer()
    await file
    expect(order).toEqual(['picture', 'file'])

    const failing = first.track(after(40).then(() => Promise.reject(new Error('no picture'))))
    failing.catch(() => undefined)
    const held = Date.now()
    await first.before()
    expect(Date.now() - held).toBeGreaterThanOrEqual(30)
  })

  it('never holds a file longer than the reader waits for a picture', async () => {
    const first = createPicturesFirst(80)
    void first.track(new Promise(() => {}))
    const started = Date.now()
    await first.before()
    expect(Date.now() - started).toBeGreaterThanOrEqual(70)
    expect(Date.now() - started).toBeLessThan(400)
  })
})
