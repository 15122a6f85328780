import { describe, expect, it, vi } from 'vitest'
import type { EventBus } from 'pdfjs-dist/web/pdf_viewer.mjs'
import { pagesToWarm, QUIET_MS, warmFarPages, type WarmDeps } from './warm-far-pages'

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

/**
 * A worker that answers only when told to; it records what it was asked, cancelled and let go.
 * With `holdIdle` the browser is idle only when `idleNow()` says so; with `holdPages` a page's
 * handle comes back only on `giveHandle()` (pdf.js walking the page tree).
 */
function fakeWorker({ holdIdle = false, holdPages = false } = {}) {
  const log: string[] = []
  const pending: { n: number; finish: () => void }[] = []
  const cancelled = new Map<number, () => void>()
  const idles: (() => void)[] = []
  const handles: (() => void)[] = []
  const deps: WarmDeps = {
    idle: (signal) =>
      holdIdle
        ? new Promise<void>((resolve) => {
            idles.push(resolve)
            signal.addEventListener('abort', () => resolve(), { once: true })
          })
        : Promise.resolve(),
    prefetch: async (n) => {
      log.push(`ask ${n}`)
      if (holdPages) await new Promise<void>((resolve) => handles.push(resolve))
      let finish = () => {}
      const done = new Promise<void>((resolve, reject) => {
        finish = resolve
        cancelled.set(n, () => {
          const at = pending.findIndex((p) => p.n === n)
          if (at >= 0) pending.splice(at, 1)
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
  const answer = async () => {
    await flush()
    pending.shift()!.finish()
    await flush()
  }
  const idleNow = async () => {
    idles.shift()?.()
    await flush()
  }
  const giveHandle = async () => {
    handles.shift()?.()
    await flush()
  }
  return { deps, log, answer, idleNow, giveHandle }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))
const start = (bus: ReturnType<typeof fakeBus>, pages: number[], deps: WarmDeps) =>
  warmFarPages(bus as unknown as EventBus, pages, deps)

describe('warming far pages', () => {
  it('asks for one page at a time, and lets each go once its operators are in', async () => {
    const bus = fakeBus()
    const worker = fakeWorker()
    start(bus, [100, 200, 300], worker.deps)
    await flush()
    expect(worker.log).toEqual(['ask 100'])
    await worker.answer()
    await worker.answer()
    await worker.answer()
    expect(worker.log).toEqual(['ask 100', 'release 100', 'ask 200', 'release 200', 'ask 300', 'release 300'])
    expect(bus.listeners()).toBe(0)
  })

  it.each([1, 2])(
    'gives way to %i move(s): the page asked for is cancelled, and asked again once the new page is painted',
    async (moves) => {
      const bus = fakeBus()
      const worker = fakeWorker()
      start(bus, [100, 200], worker.deps)
      await flush()
      for (let i = 0; i < moves; i++) {
        bus.dispatch('pagechanging')
        await flush()
      }
      expect(worker.log).toEqual(['ask 100', 'cancel 100'])
      await flush()
      expect(worker.log).toHaveLength(2)
      bus.dispatch('pagerendered')
      await flush()
      expect(worker.log.at(-1)).toBe('ask 100')
      await worker.answer()
      await worker.answer()
      expect(worker.log.slice(2)).toEqual(['ask 100', 'release 100', 'ask 200', 'release 200'])
    },
  )

  it('stops for good when the reader closes', async () => {
    const bus = fakeBus()
    const worker = fakeWorker()
    const end = start(bus, [100, 200], worker.deps)
    await flush()
    end()
    await flush()
    await flush()
    expect(worker.log).toEqual(['ask 100', 'cancel 100'])
    expect(bus.listeners()).toBe(0)
  })

  it('asks nothing when a move comes while it waits for the browser to be idle, until the new page is painted', async () => {
    const bus = fakeBus()
    const worker = fakeWorker({ holdIdle: true })
    start(bus, [100], worker.deps)
    await flush()
    bus.dispatch('pagechanging')
    await worker.idleNow()
    expect(worker.log).toEqual([])
    bus.dispatch('pagerendered')
    await flush()
    await worker.idleNow()
    expect(worker.log).toEqual(['ask 100'])
  })

  it('cancels a page asked for when a move comes while pdf.js is still finding it', async () => {
    const bus = fakeBus()
    const worker = fakeWorker({ holdPages: true })
    start(bus, [100, 200], worker.deps)
    await flush()
    expect(worker.log).toEqual(['ask 100'])
    bus.dispatch('pagechanging')
    await worker.giveHandle()
    expect(worker.log).toEqual(['ask 100', 'cancel 100'])
    bus.dispatch('pagerendered')
    await flush()
    await worker.giveHandle()
    await worker.answer()
    expect(worker.log.slice(2)).toEqual(['ask 100', 'release 100', 'ask 200'])
  })

  it('goes on once the facilitator stays put, even when the page moved to was already drawn', async () => {
    vi.useFakeTimers()
    try {
      const bus = fakeBus()
      const worker = fakeWorker()
      start(bus, [100], worker.deps)
      await vi.advanceTimersByTimeAsync(0)
      bus.dispatch('pagechanging')
      await vi.advanceTimersByTimeAsync(QUIET_MS - 100)
      expect(worker.log).toEqual(['ask 100', 'cancel 100'])
      await vi.advanceTimersByTimeAsync(200)
      expect(worker.log).toEqual(['ask 100', 'cancel 100', 'ask 100'])
    } finally {
      vi.useRealTimers()
    }
  })
})
