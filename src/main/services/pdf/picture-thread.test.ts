import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { withTempDir } from '../../testing/temp-dir'
import { startPictureThread, type DrawOptions, type PictureThread, type PictureThreadOptions } from './picture-thread'
import type { PictureAnswer, PictureRequest } from './picture-worker'

/**
 * A stand-in for picture-worker.js: a request's path says how long its "drawing" takes
 * ("120"), or that it never ends ("hang") or asks to be retired ("40:retire"). Each answer
 * says which worker drew it and how many requests that worker had been given.
 */
const STAND_IN = `
import { parentPort, threadId } from 'node:worker_threads'
let seen = 0
parentPort.on('message', (r) => {
  if (r.warm) return
  seen++
  const [ms, mode] = r.path.split(':')
  if (ms === 'hang') return
  const answer = { type: 'picture', image: new Uint8Array(), width: r.page, height: seen, fit: { width: threadId, height: 1 } }
  setTimeout(() => parentPort.postMessage({ ...answer, retire: mode === 'retire' }), Number(ms))
})
`

async function withThread(o: Partial<PictureThreadOptions>, use: (ask: Ask, thread: PictureThread) => Promise<void>) {
  await withTempDir(async (dir) => {
    const workerPath = join(dir, 'stand-in.mjs')
    await writeFile(workerPath, STAND_IN)
    const thread = startPictureThread({ workerPath, ...o })
    const ask: Ask = (path, page, options = {}) => {
      const request: PictureRequest = { path, page, width: 100, format: 'jpeg', quality: 80 }
      return thread.draw(request, { timeoutMs: 5_000, ...options }).then(drawn)
    }
    try {
      await use(ask, thread)
    } finally {
      await thread.close()
    }
  })
}

type Ask = (path: string, page: number, options?: Partial<DrawOptions>) => Promise<Drawn>
type Drawn = { page: number; worker: number; nth: number } | { failed: string }

const drawn = (a: PictureAnswer): Drawn =>
  a.type === 'failed' ? { failed: a.message } : { page: a.width, worker: a.fit.width, nth: a.height }

describe('the picture thread', () => {
  it('draws the page the facilitator waits for before the pages drawn in the background', async () => {
    await withThread({}, async (ask) => {
      const order: number[] = []
      const note = (d: Drawn) => ('page' in d ? order.push(d.page) : order.push(-1))
      const background = [1, 2, 3].map((page) => ask('60', page).then(note))
      await new Promise((resolve) => setTimeout(resolve, 20))
      const waited = ask('10', 9, { urgent: true }).then(note)
      await Promise.all([...background, waited])
      // page 1 was already being drawn; page 9 goes before 2 and 3
      expect(order).toEqual([1, 9, 2, 3])
    })
  })

  it('answers "none" at the deadline, and never draws a page whose deadline passed before its turn', async () => {
    await withThread({}, async (ask) => {
      const long = ask('400', 1)
      const started = Date.now()
      expect(await ask('10', 9, { urgent: true, deadlineMs: 50 })).toEqual({ failed: 'no picture within 50 ms' })
      expect(Date.now() - started).toBeLessThan(300)
      const after = ask('10', 2)
      expect(await long).toMatchObject({ page: 1, nth: 1 })
      // the worker was given page 1, then page 2: page 9 never reached it
      expect(await after).toMatchObject({ page: 2, nth: 2 })
      // one being drawn when its deadline passes is answered "none" at once, and the worker goes on
      const slow = ask('300', 4, { deadlineMs: 50 })
      expect(await slow).toEqual({ failed: 'no picture within 50 ms' })
      expect(await ask('10', 5)).toMatchObject({ page: 5, nth: 4 })
    })
  })

  it('keeps its worker from one picture to the next, and ends it after a quiet spell', async () => {
    await withThread({ idleMs: 150 }, async (ask) => {
      const first = await ask('10', 1)
      const second = await ask('10', 2)
      expect(second).toMatchObject({ nth: 2, worker: (first as { worker: number }).worker })
      await new Promise((resolve) => setTimeout(resolve, 400))
      const later = await ask('10', 3)
      expect(later).toMatchObject({ nth: 1 })
      expect((later as { worker: number }).worker).not.toBe((first as { worker: number }).worker)
    })
  })

  it('ends a worker that takes too long or asks to retire, and the next picture gets a new one', async () => {
    await withThread({}, async (ask) => {
      expect(await ask('hang', 1, { timeoutMs: 100 })).toEqual({ failed: 'no picture within 100 ms' })
      const fresh = await ask('10', 2)
      expect(fresh).toMatchObject({ page: 2, nth: 1 })
      expect(await ask('10:retire', 3)).toMatchObject({ page: 3, nth: 2 })
      const next = await ask('10', 4)
      expect(next).toMatchObject({ page: 4, nth: 1 })
      expect((next as { worker: number }).worker).not.toBe((fresh as { worker: number }).worker)
    })
  })

  it('warms a worker when the app is in use, with a page drawn first, but not while an import needs the cores', async () => {
    let importing = true
    const warmUp = (): PictureRequest => ({ path: '10', page: 42, width: 1, format: 'jpeg', quality: 1 })
    await withThread({ warmDelayMs: 0, warmUp, busy: () => importing }, async (ask, thread) => {
      thread.warm()
      await new Promise((resolve) => setTimeout(resolve, 200))
      // no worker was started: this picture is its first
      expect(await ask('10', 1)).toMatchObject({ page: 1, nth: 1 })
    })
    importing = false
    await withThread({ warmDelayMs: 0, warmUp, busy: () => importing }, async (ask, thread) => {
      thread.warm()
      await new Promise((resolve) => setTimeout(resolve, 300))
      // the worker had drawn the warm-up page before this one
      expect(await ask('10', 1)).toMatchObject({ page: 1, nth: 2 })
    })
  })

  it('warms only once the calls have been quiet for a moment', async () => {
    const warmUp = (): PictureRequest => ({ path: '10', page: 42, width: 1, format: 'jpeg', quality: 1 })
    await withThread({ warmDelayMs: 150, warmUp }, async (ask, thread) => {
      for (let i = 0; i < 8; i++) {
        thread.warm()
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      // calls every 50 ms: no worker was warmed, this picture is the first one's first
      expect(await ask('10', 1)).toMatchObject({ page: 1, nth: 1 })
    })
  })

  it('does not draw again a warm-up page that failed or retired its worker: it warms without one', async () => {
    let warmUps = 0
    const warmUp = (): PictureRequest => {
      warmUps++
      return { path: '10:retire', page: 42, width: 1, format: 'jpeg', quality: 1 }
    }
    await withThread({ warmDelayMs: 0, warmUp }, async (ask, thread) => {
      thread.warm()
      await new Promise((resolve) => setTimeout(resolve, 300))
      thread.warm()
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(warmUps).toBe(1)
      // the worker warmed the second time drew nothing before this picture
      expect(await ask('10', 1)).toMatchObject({ page: 1, nth: 1 })
    })
  })

  it('answers every request still waiting when the app closes', async () => {
    await withTempDir(async (dir) => {
      const workerPath = join(dir, 'stand-in.mjs')
      await writeFile(workerPath, STAND_IN)
      const thread = startPictureThread({ workerPath })
      const request = (page: number): PictureRequest => ({ path: '500', page, width: 1, format: 'jpeg', quality: 1 })
      const asked = [1, 2].map((page) => thread.draw(request(page), { timeoutMs: 5_000 }))
      await thread.close()
      const answers = await Promise.all(asked)
      expect(answers.map((a) => a.type)).toEqual(['failed', 'failed'])
      expect((await thread.draw(request(3), { timeoutMs: 5_000 })).type).toBe('failed')
    })
  })
})
