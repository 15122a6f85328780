import { describe, expect, it } from 'vitest'
import { commandFor, matchesKeys, readerShortcuts } from './reader-shortcuts'

const key = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})

describe('reader shortcuts', () => {
  it('match their modifiers exactly, and the key in either case', () => {
    expect(matchesKeys('Ctrl+Shift+H', key('H', { ctrlKey: true, shiftKey: true }))).toBe(true)
    expect(matchesKeys('Ctrl+Shift+H', key('h', { metaKey: true, shiftKey: true }))).toBe(true)
    expect(matchesKeys('Ctrl+Shift+H', key('h', { ctrlKey: true }))).toBe(false)
    expect(matchesKeys('Ctrl+B', key('b', { ctrlKey: true, altKey: true }))).toBe(false)
    expect(matchesKeys('Ctrl+B', key('b'))).toBe(false)
  })

  it('name a command for each bound combination and nothing else', () => {
    expect(commandFor(key('b', { ctrlKey: true }))).toBe('sidePanel')
    expect(commandFor(key('L', { ctrlKey: true, shiftKey: true }))).toBe('darkPages')
    expect(commandFor(key('H', { ctrlKey: true, shiftKey: true }))).toBe('highlight')
    expect(commandFor(key('f', { ctrlKey: true }))).toBe('find')
    expect(commandFor(key('h'))).toBeUndefined()
  })

  it('bind no combination twice', () => {
    const bound = readerShortcuts.filter((s) => s.command).map((s) => s.keys)
    expect(new Set(bound).size).toBe(bound.length)
  })
})
