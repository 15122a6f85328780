import { describe, expect, it } from 'vitest'
import { EventEmitter } from 'node:events'
import { stat } from 'node:fs/promises'
import { withTempDir, workerPath } from '../../testing/temp-dir'
import { makeTextPdf } from '../../testing/pdf-fixtures'
import { makeInflationBombPdf } from '../../testing/hostile-pdf'
import { containWorkerErrors, createExtractionPool } from './extraction-pool'

const pageTexts = (n: number, label: string) =>
  Array.from({ length: n }, (_, i) => `${label} page ${i + 1} marker${i + 1}`)

describe('extraction pool', () => {
  it('fails each file at once, with the reason, when its worker cannot start', async () => {
    await withTempDir(async (dir) => {
      const pdf = await makeTextPdf(dir, 'one.pdf', pageTexts(2, 'One'))
      const pool = createExtractionPool({ workerPath: 'out/main/extract-worker.js', size: 1 })
      try {
        await expect(pool.extract({ path: pdf })).rejects.toThrow(/could not start/)
        await expect(pool.extract({ path: pdf })).rejects.toThrow(/could not start/)
      } finally {
        await pool.close()
      }
    })
  })

  it('refuses a small file that inflates past the extractor memory, ends that worker, and reads the next file', async () => {
    await withTempDir(async (dir) => {
      const bomb = await makeInflationBombPdf(dir, 'bomb.pdf', 500)
      expect((await stat(bomb)).size).toBeLessThan(2 * 1024 * 1024)
      const fine = await makeTextPdf(dir, 'fine.pdf', pageTexts(2, 'Fine'))
      const pool = createExtractionPool({ workerPath, size: 1 })
      let peak = 0
      const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
      try {
        const outcomes = await Promise.allSettled([
          pool.extract({ path: bomb, bytes: 3 }),
          pool.extract({ path: bomb, bytes: 2 }),
          pool.extract({ path: fine, bytes: 1 }),
        ])
        for (const bombed of outcomes.slice(0, 2))
          expect(bombed).toMatchObject({ status: 'rejected', reason: { kind: 'memory' } })
        expect(outcomes[2]).toMatchObject({
          status: 'fulfilled',
          value: { pages: [expect.stringContaining('marker1'), expect.any(String)] },
        })
        // one worker at its cap at a time: the first bomb's worker was ended, not given the second
        expect(peak / 2 ** 20).toBeLessThan(700)
      } finally {
        clearInterval(watch)
        await pool.close()
      }
    })
  }, 60_000)

  it('extracts every page of a document longer than one opening, in order', async () => {
    await withTempDir(async (dir) => {
      const pdf = await makeTextPdf(dir, 'long.pdf', pageTexts(650, 'Long'))
      const pool = createExtractionPool({ workerPath, size: 1 })
      try {
        const result = await pool.extract({ path: pdf })
        expect(result.pages).toHaveLength(650)
        expect(result.pageErrors).toEqual([])
        for (const n of [1, 300, 301, 600, 601, 650]) expect(result.pages[n - 1]).toContain(`marker${n}`)
      } finally {
        await pool.close()
      }
    })
  }, 60_000)

  it('splits one long document over two workers: the same pages, in order, as one worker gives', async () => {
    await withTempDir(async (dir) => {
      const pdf = await makeTextPdf(dir, 'handbook.pdf', pageTexts(400, 'Handbook'))
      const single = createExtractionPool({ workerPath, size: 1 })
      const pair = createExtractionPool({ workerPath, size: 2 })
      const byWorker = new Map<number, number>()
      const progress: number[] = []
      try {
        const alone = await single.extract({ path: pdf })
        const split = await pair.extract({
          path: pdf,
          onPages: (_from, texts, worker) => byWorker.set(worker, (byWorker.get(worker) ?? 0) + texts.length),
          onProgress: (done, pages) => {
            expect(pages).toBe(400)
            progress.push(done)
          },
        })
        expect(alone.pages).toHaveLength(400)
        expect(split.pages).toEqual(alone.pages)
        expect(split.pageErrors).toEqual([])
        expect(split.title).toBe(alone.title)
        expect(split.pages[399]).toContain('marker400')
        expect([...byWorker.keys()].sort()).toEqual([0, 1])
        expect([...byWorker.values()].reduce((a, b) => a + b)).toBe(400)
        expect(progress).toEqual([...progress].sort((a, b) => a - b))
        expect(progress.at(-1)).toBe(400)
      } finally {
        await single.close()
        await pair.close()
      }
    })
  }, 60_000)

  it('starts the largest waiting file first, and stops a worker once nothing waits', async () => {
    await withTempDir(async (dir) => {
      const first = await makeTextPdf(dir, 'first.pdf', pageTexts(40, 'First'))
      const small = await makeTextPdf(dir, 'small.pdf', pageTexts(2, 'Small'))
      const large = await makeTextPdf(dir, 'large.pdf', pageTexts(30, 'Large'))
      const bytes = async (p: string) => (await stat(p)).size
      const pool = createExtractionPool({ workerPath, size: 1 })
      const order: string[] = []
      const track = (name: string) => (done: number) => {
        if (done === 0) order.push(name)
      }
      try {
        const jobs = [
          pool.extract({ path: first, bytes: await bytes(first), onProgress: track('first') }),
          pool.extract({ path: small, bytes: await bytes(small), onProgress: track('small') }),
          pool.extract({ path: large, bytes: await bytes(large), onProgress: track('large') }),
        ]
        await Promise.all(jobs)
        expect(order).toEqual(['first', 'large', 'small'])
        expect(pool.workers()).toBe(0)
        expect((await pool.extract({ path: small })).pages).toHaveLength(2)
      } finally {
        await pool.close()
      }
    })
  }, 60_000)

  it('keeps the files extracted at once within its byte budget, and runs a file larger than it alone', async () => {
    await withTempDir(async (dir) => {
      const pdf = await makeTextPdf(dir, 'doc.pdf', pageTexts(5, 'Doc'))
      const pool = createExtractionPool({ workerPath, size: 2, maxBytesAtOnce: 300 })
      try {
        const small = [pool.extract({ path: pdf, bytes: 100 }), pool.extract({ path: pdf, bytes: 150 })]
        expect(pool.workers()).toBe(2)
        await Promise.all(small)
        const large = [pool.extract({ path: pdf, bytes: 200 }), pool.extract({ path: pdf, bytes: 200 })]
        expect(pool.workers()).toBe(1)
        await Promise.all(large)
        const huge = [pool.extract({ path: pdf, bytes: 1000 }), pool.extract({ path: pdf, bytes: 10 })]
        expect(pool.workers()).toBe(1)
        expect((await Promise.all(huge)).map((r) => r.pages.length)).toEqual([5, 5])
      } finally {
        await pool.close()
      }
    })
  }, 60_000)

  it('keeps a worker’s failure between jobs (out of memory while stopping) from reaching the app', () => {
    const worker = new EventEmitter()
    expect(() => worker.emit('error', new Error('unheard'))).toThrow('unheard')
    let gone = 0
    containWorkerErrors(worker, () => gone++)
    const outOfMemory = Object.assign(new Error('Worker terminated due to reaching memory limit'), {
      code: 'ERR_WORKER_OUT_OF_MEMORY',
    })
    expect(() => worker.emit('error', outOfMemory)).not.toThrow()
    worker.emit('exit', 1)
    expect(gone).toBe(1)
  })
})
