import { describe, expect, it } from 'vitest'
import { keepInPlace } from './keep-in-place'

const at = (top: number, left = 0) => ({ getBoundingClientRect: () => ({ top, left }) })

describe('keepInPlace', () => {
  it('scrolls by as much as the page moved, so it stays where the facilitator saw it', () => {
    let pageTop = -40
    const container = { scrollTop: 40, scrollLeft: 0, ...at(0) }
    keepInPlace(
      container,
      () => at(pageTop, 8),
      () => (pageTop = 499_960),
    )
    expect(container.scrollTop).toBe(40 + 500_000)
    expect(container.scrollLeft).toBe(0)
  })

  it('measures the element after the change, not a stale one', () => {
    const container = { scrollTop: 0, scrollLeft: 0, ...at(0) }
    let current = at(10)
    keepInPlace(
      container,
      () => current,
      () => (current = at(310, 5)),
    )
    expect(container.scrollTop).toBe(300)
    expect(container.scrollLeft).toBe(5)
  })
})
