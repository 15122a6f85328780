import { describe, expect, it } from 'vitest'
import { TermIndex } from './term-index'

/** A small seeded generator, so a failure names the same pages every run. */
function seeded(seed: number) {
  let s = seed
  return () => (s = (s * 16807) % 2147483647) / 2147483647
}

describe('intersection of a query over the page index', () => {
  const rnd = seeded(7)
  const vocabulary = ['civil', 'military', 'police', 'coordination', 'mandate', 'protection', 'dialogue', 'mission']
  const pages = Array.from({ length: 600 }, () =>
    Array.from({ length: 3 + Math.floor(rnd() * 40) }, () => vocabulary[Math.floor(rnd() * vocabulary.length)]!),
  )
  const index = new TermIndex()
  pages.forEach((ws, id) => index.add(id, ws.join(' ')))
  const holding = (words: string[]) =>
    pages.flatMap((ws, id) => (words.every((w) => ws.includes(w)) ? [id] : [])).sort((a, b) => a - b)

  it('finds exactly the pages holding every word, however many pages match', () => {
    for (const query of [['civil'], ['civil', 'police'], ['mandate', 'dialogue', 'mission'], ['protection', 'civil']]) {
      expect(index.search(query, false, 10_000).sort((a, b) => a - b)).toEqual(holding(query))
    }
  })

  it('counts any completion of the last word, a page once however many completions it holds', () => {
    const found = index.search(['police', 'm'], true, 10_000)
    const expected = pages
      .flatMap((ws, id) => (ws.includes('police') && ws.some((w) => w.startsWith('m')) ? [id] : []))
      .sort((a, b) => a - b)
    expect(new Set(found).size).toBe(found.length)
    expect([...found].sort((a, b) => a - b)).toEqual(expected)
  })

  it('ranks a page where the words come early before one where they come late, and keeps to the limit', () => {
    const small = new TermIndex()
    const filler = Array.from({ length: 60 }, (_, i) => `filler${i}`).join(' ')
    small.add(1, `${filler} mandate ${filler} protection`)
    small.add(2, 'mandate protection at the very start')
    small.add(3, `mandate early ${filler} protection late`)
    expect(small.search(['mandate', 'protection'], false, 10)).toEqual([2, 3, 1])
    expect(small.search(['mandate', 'protection'], false, 2)).toEqual([2, 3])
  })

  it('gives nothing when one word is on no page, and forgets a removed page', () => {
    expect(index.search(['civil', 'unheard'], false, 100)).toEqual([])
    const one = new TermIndex()
    one.add(5, 'civil police')
    one.add(9, 'civil police mission')
    one.remove(5)
    expect(one.search(['civil', 'police'], false, 10)).toEqual([9])
  })
})
