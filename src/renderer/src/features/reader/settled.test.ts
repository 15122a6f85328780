import { describe, expect, it } from 'vitest'
import { settled, tracked } from './settled'

describe('a promise read at once', () => {
  it('has no value until it has fulfilled, then the value it fulfilled with', async () => {
    let resolve: (value: number | null) => void = () => undefined
    const answer = tracked(new Promise<number | null>((r) => (resolve = r)))
    expect(settled(answer)).toBeUndefined()
    resolve(null)
    await answer
    expect(settled(answer)).toEqual({ value: null })
  })

  it('never has one when it failed, nor when nobody tracked it', async () => {
    const failed = tracked(Promise.reject(new Error('offline')))
    await failed.catch(() => undefined)
    expect(settled(failed)).toBeUndefined()
    const untracked = Promise.resolve(3)
    await untracked
    expect(settled(untracked)).toBeUndefined()
  })
})
