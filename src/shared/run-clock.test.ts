import { describe, expect, it } from 'vitest'
import { actualMinutes } from './agenda'
import { dayClock, isPaused, pausedSeconds, runSeconds, secondsLeft } from './run-clock'
import { blankBlock, type Block } from './workshop'

const t0 = Date.parse('2026-03-02T09:00:00Z')
const iso = (minutes: number) => new Date(t0 + minutes * 60_000).toISOString()
const at = (minutes: number) => t0 + minutes * 60_000
const block = (id: string, minutes: number, over: Partial<Block> = {}): Block => ({
  ...blankBlock(id, 1),
  minutes,
  ...over,
})

describe('the running block with pauses', () => {
  const running = block('a', 30, { actualStart: iso(0), pauses: [{ at: iso(10), until: null }] })

  it('stops draining while paused', () => {
    expect(isPaused(running)).toBe(true)
    expect(secondsLeft(running, at(10))).toBe(20 * 60)
    expect(secondsLeft(running, at(17))).toBe(20 * 60)
    expect(pausedSeconds(running, at(17))).toBe(7 * 60)
  })

  it('shows the time the pause began with, even to a page whose clock last ticked just before it', () => {
    expect(secondsLeft(running, at(9.99))).toBe(20 * 60)
  })

  it('continues where it stood once resumed', () => {
    const resumed = { ...running, pauses: [{ at: iso(10), until: iso(17) }] }
    expect(isPaused(resumed)).toBe(false)
    expect(secondsLeft(resumed, at(17))).toBe(20 * 60)
    expect(secondsLeft(resumed, at(22))).toBe(15 * 60)
    expect(runSeconds(resumed, at(22))).toBe(15 * 60)
  })

  it('leaves pauses out of what a finished block ran (planned against actual)', () => {
    const done = { ...running, actualEnd: iso(45), pauses: [{ at: iso(10), until: iso(25) }] }
    expect(actualMinutes(done)).toBe(30)
    expect(pausedSeconds(done, at(99))).toBe(15 * 60)
  })

  it('counts a pause still open at the end only up to the end, and extensions as more time', () => {
    const ended = { ...running, actualEnd: iso(20), extendedBy: 5 }
    expect(runSeconds(ended, at(60))).toBe(10 * 60)
    expect(secondsLeft(ended, at(60))).toBe(25 * 60)
  })
})

describe("the day's clock", () => {
  const day = [
    block('a', 30, { actualStart: iso(0), actualEnd: iso(40) }),
    block('b', 20, { actualStart: iso(40), pauses: [{ at: iso(50), until: null }] }),
    block('c', 45),
  ]

  it('adds the running block’s time left to the blocks not started, and freezes while paused', () => {
    expect(dayClock(day, 'b', at(50))).toEqual({ secondsLeft: (10 + 45) * 60, overSeconds: 10 * 60, pausedSeconds: 0 })
    expect(dayClock(day, 'b', at(58))).toEqual({
      secondsLeft: (10 + 45) * 60,
      overSeconds: 10 * 60,
      pausedSeconds: 8 * 60,
    })
  })

  it('drains again after resuming, and counts the running block over its plan', () => {
    const resumed = day.map((b) => (b.id === 'b' ? { ...b, pauses: [{ at: iso(50), until: iso(58) }] } : b))
    expect(dayClock(resumed, 'b', at(63)).secondsLeft).toBe((5 + 45) * 60)
    expect(dayClock(resumed, 'b', at(78)).overSeconds).toBe((10 + 10) * 60)
    expect(dayClock(resumed, 'b', at(78)).secondsLeft).toBe(45 * 60)
  })
})
