import { describe, expect, it } from 'vitest'
import { moveFrom } from './hit-keys'

describe('moving between the search box and its hits', () => {
  it('goes down from the box to the first hit, and nowhere when there is none', () => {
    expect(moveFrom('box', 'ArrowDown', 3)).toEqual({ to: 'hit', index: 0 })
    expect(moveFrom('box', 'ArrowDown', 0)).toBeNull()
    expect(moveFrom('box', 'ArrowUp', 3)).toBeNull()
    expect(moveFrom('box', 'Enter', 3)).toBeNull()
  })

  it('moves among hits and stops at the last', () => {
    expect(moveFrom(0, 'ArrowDown', 3)).toEqual({ to: 'hit', index: 1 })
    expect(moveFrom(2, 'ArrowDown', 3)).toEqual({ to: 'hit', index: 2 })
    expect(moveFrom(2, 'ArrowUp', 3)).toEqual({ to: 'hit', index: 1 })
    expect(moveFrom(1, 'Home', 3)).toEqual({ to: 'hit', index: 0 })
    expect(moveFrom(0, 'End', 3)).toEqual({ to: 'hit', index: 2 })
  })

  it('goes back to the box by ↑ from the first hit or by Escape from any', () => {
    expect(moveFrom(0, 'ArrowUp', 3)).toEqual({ to: 'box' })
    expect(moveFrom(2, 'Escape', 3)).toEqual({ to: 'box' })
  })

  it('leaves Enter to the link', () => {
    expect(moveFrom(1, 'Enter', 3)).toBeNull()
  })
})
