import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('../api/api', () => ({
  ApiError: class ApiError extends Error {
    constructor(readonly error: { code: string; message: string }) {
      super(error.message)
    }
  },
}))

const { ApiError } = (await import('../api/api')) as unknown as {
  ApiError: new (e: { code: string; message: string }) => Error
}
const { outbox, TYPING_PAUSE_MS } = await import('./outbox')

let n = 0
const key = () => `test/${++n}`

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('the outbox', () => {
  it('sends after a pause in typing, with the value the field had when typing began', async () => {
    const k = key()
    const save = vi.fn(async (draft: string) => ({ saved: draft }))
    outbox.type(k, 'Ba', { base: '', save, label: 'Venue' })
    outbox.type(k, 'Bamako', { base: 'ignored while unsaved', save, label: 'Venue' })
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS - 1)
    expect(save).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(save).toHaveBeenCalledExactlyOnceWith('Bamako', '')
    expect(outbox.get(k)).toMatchObject({ status: 'saved', base: 'Bamako', ack: 'Bamako' })
  })

  it('sends what was typed while a save was on its way once it is answered, based on that answer', async () => {
    const k = key()
    let answer!: (v: { saved: string }) => void
    const save = vi.fn(
      (draft: string) =>
        new Promise<{ saved: string }>((resolve) => {
          answer = resolve
          void draft
        }),
    )
    outbox.type(k, 'Bam', { base: '', save, label: 'Venue', delay: 0 })
    await vi.advanceTimersByTimeAsync(0)
    outbox.type(k, 'Bamako', { base: '', save, label: 'Venue' })
    outbox.flush(k)
    answer({ saved: 'Bam' })
    await vi.advanceTimersByTimeAsync(0)
    expect(save).toHaveBeenLastCalledWith('Bamako', 'Bam')
    answer({ saved: 'Bamako' })
    expect((await outbox.settled(k)).map((e) => e.status)).toEqual(['saved'])
  })

  it('keeps the text and tries again by itself while the server does not answer; a refusal waits', async () => {
    const k = key()
    const save = vi
      .fn<(d: string) => Promise<{ saved: string }>>()
      .mockRejectedValueOnce(new ApiError({ code: 'unreachable', message: 'The server is not answering.' }))
      .mockResolvedValueOnce({ saved: 'Mopti' })
    outbox.type(k, 'Mopti', { base: '', save, label: 'Venue', delay: 0 })
    await vi.advanceTimersByTimeAsync(0)
    expect(outbox.get(k)).toMatchObject({ status: 'failed', waiting: true, draft: 'Mopti' })
    expect(outbox.stuck().some((e) => e.key === k)).toBe(false)
    await vi.advanceTimersByTimeAsync(1000)
    expect(outbox.get(k)).toMatchObject({ status: 'saved' })

    const refused = key()
    const no = vi.fn(async () => Promise.reject(new ApiError({ code: 'invalid-input', message: 'Too long' })))
    outbox.type(refused, 'x', { base: '', save: no, label: 'Title', delay: 0 })
    await vi.advanceTimersByTimeAsync(30_000)
    expect(no).toHaveBeenCalledTimes(1)
    expect(outbox.get(refused)).toMatchObject({ status: 'failed', waiting: false, error: 'Too long' })
    expect(outbox.stuck().map((e) => e.key)).toContain(refused)
  })

  it('holds a collision until the facilitator chooses; keeping what was typed sends it over the other value', async () => {
    const k = key()
    const save = vi
      .fn<(d: string, b: string) => Promise<{ saved: string } | { theirs: string }>>()
      .mockResolvedValueOnce({ theirs: 'Bamako' })
      .mockResolvedValueOnce({ saved: 'Mopti' })
    outbox.type(k, 'Mopti', { base: '', save, label: 'Venue', delay: 0 })
    await vi.advanceTimersByTimeAsync(0)
    expect(outbox.get(k)).toMatchObject({ status: 'conflict', theirs: 'Bamako', draft: 'Mopti' })
    outbox.type(k, 'Mopti!', { base: '', save, label: 'Venue' })
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS)
    expect(save).toHaveBeenCalledTimes(1)
    outbox.choose(k, 'mine')
    await vi.advanceTimersByTimeAsync(0)
    expect(save).toHaveBeenLastCalledWith('Mopti!', 'Bamako')
  })
})
