import { describe, expect, it } from 'vitest'
import type { EventBus } from 'pdfjs-dist/web/pdf_viewer.mjs'
import { pagesToWarm, warmFarPages, type WarmDeps } from './warm-far-pages'

describe('the pages warmed before a first far jump', () => {
  it('are a dozen spread over a long manual, within it, without the page open now', () => {
    const pages = pagesToWarm(1321, 55)
    expect(pages).toHaveLength(11)
    expect(pages).not.toContain(55)
    expect(Math.min(...pages)).toBeGreaterThanOrEqual(1)
    expect(Math.max(...pages)).toBeLessThanOrEqual(1321)
    expect(pages[0]).toBeLessThan(200)
    expect(pages.at(-1)).toBeGreaterThan(1100)
    expect(pagesToWarm(60, 1)).toEqual([3, 8, 13, 18, 23, 28, 33, 38, 43, 48, 53, 58])
  })

  it('are none in a short document', () => {
    expect(pagesToWarm(59, 1)).toEqual([])
  })
})

function fakeBus() {
  const handlers = new Map<string, Set<() => void>>()
  const bus = {
    on: (name: string, fn: () => void) => void (handlers.get(name) ?? handlers.set(name, new Set()).get(name)!).add(fn),
    off: (name: string, fn: () => void) => void handlers.get(name)?.delete(fn),
    dispatch: (name: string) => [...(handlers.get(name) ?? [])].forEach((fn) => fn()),
    listeners: () => [...handlers.values()].reduce((n, s) => n + s.size, 0),
  }
  return bus
}

/** A worker that answers only when told to; it records what it was asked, cancelled and let go. */
function fakeWorker() {
  const log: string[] = []
  const pending: { n: number; finish: () => void }[] = []
  const deps: WarmDeps = {
    idle: () => Promise.resolve(),
    prefetch: async (n) => {
      log.push(`ask ${n}`)
      let finish = () => {}
      const done = new Promise<void>((resolve, reject) => {
        finish = resolve
        cancelled.set(n, () => {
          pending.splice(
            pending.findIndex((p) => p.n === n),
            1,
          )
          reject(new Error('cancelled'))
        })
      })
      pending.push({ n, finish })
      return {
        done,
        cancel: () => (log.push(`cancel ${n}`), cancelled.get(n)?.()),
        release: () => log.push(`release ${n}`),
      }
    },
  }
  const cancelled = new Map<number, () => void>()
  const answer = async () => {
    await flush()
    pending.shift()!.finish()
    await flush()
  }
  return { deps, log, answer, inFlight: () => pending.length }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('warming far pages', () => {
  it('asks for one page at a time, and lets each go once its operators are in', async () => {
    const bus = fakeBus()
    const worker = fakeWorker()
    warmFarPages(bus as unknown as EventBus, [100, 200, 300], worker.deps)
    await flush()
    expect(worker.log).toEqual(['ask 100'])
    await worker.answer()
    await worker.answer()
    await worker.answer()
    expect(worker.log).toEqual(['ask 100', 'release 100', 'ask 200', 'release 200', 'ask 300', 'release 300'])
    expect(bus.listeners()).toBe(0)
  })

  it('gives way to a move: the page asked for is cancelled, and asked again once the new page is painted', async () => {
    const bus = fakeBus()
    const worker = fakeWorker()
    warmFarPages(bus as unknown as EventBus, [100, 200], worker.deps)
    await flush()
    bus.dispatch('pagechanging')
    await flush()
    expect(worker.log).toEqual(['ask 100', 'cancel 100'])
    await flush()
    expect(worker.log).toHaveLength(2)
    bus.dispatch('pagerendered')
    await flush()
    expect(worker.log.at(-1)).toBe('ask 100')
    await worker.answer()
    await worker.answer()
    expect(worker.log.slice(2)).toEqual(['ask 100', 'release 100', 'ask 200', 'release 200'])
  })

  it('stops for good when the reader closes', async () => {
    const bus = fakeBus()
    const worker = fakeWorker()
    const end = warmFarPages(bus as unknown as EventBus, [100, 200], worker.deps)
    await flush()
    end()
    await flush()
    await flush()
    expect(worker.log).toEqual(['ask 100', 'cancel 100'])
    expect(bus.listeners()).toBe(0)
  })
})
