import { describe, expect, it } from 'vitest'
import type { AppEvent } from '@shared/contract'
import { sseBridge, type EventSourceLike } from './sse-events'

function fakeSource() {
  const source: EventSourceLike & { closed: boolean } = {
    onmessage: null,
    onerror: null,
    onopen: null,
    closed: false,
    close() {
      this.closed = true
    },
  }
  return source
}

describe("browser mode's events", () => {
  it('says the stream is back only after a break, each time', () => {
    const source = fakeSource()
    const bridge = sseBridge(() => source)
    const seen: AppEvent[] = []
    let resumed = 0
    bridge.subscribe((e) => seen.push(e))
    bridge.onResumed(() => resumed++)
    source.onopen!()
    expect(resumed).toBe(0)
    source.onerror!()
    source.onerror!()
    source.onopen!()
    expect(resumed).toBe(1)
    source.onerror!()
    source.onopen!()
    expect(resumed).toBe(2)
    const event: AppEvent = { type: 'data:changed', payload: { kind: 'settings', id: 'settings', by: null } }
    source.onmessage!({ data: JSON.stringify(event) })
    expect(seen).toEqual([event])
  })

  it('opens one stream for every listener and closes it with the last', () => {
    const opened: ReturnType<typeof fakeSource>[] = []
    const bridge = sseBridge(() => {
      opened.push(fakeSource())
      return opened.at(-1)!
    })
    const stopA = bridge.subscribe(() => undefined)
    const stopB = bridge.subscribe(() => undefined)
    expect(opened).toHaveLength(1)
    stopA()
    expect(opened[0]!.closed).toBe(false)
    stopB()
    expect(opened[0]!.closed).toBe(true)
  })
})
