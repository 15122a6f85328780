import { describe, expect, it } from 'vitest'
import { pagesAreDark, toggledDarkPages } from './dark-pages'

describe('dark pages', () => {
  it('follow the theme by default', () => {
    expect(pagesAreDark('theme', true)).toBe(true)
    expect(pagesAreDark('theme', false)).toBe(false)
    expect(pagesAreDark('on', false)).toBe(true)
    expect(pagesAreDark('off', true)).toBe(false)
  })

  it('toggle to the opposite of what is shown, and back to following the theme', () => {
    expect(toggledDarkPages('theme', true)).toBe('off')
    expect(toggledDarkPages('off', true)).toBe('theme')
    expect(toggledDarkPages('theme', false)).toBe('on')
    expect(toggledDarkPages('on', false)).toBe('theme')
    expect(toggledDarkPages('on', true)).toBe('off')
  })
})
