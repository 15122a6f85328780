import { afterAll, describe, expect, it } from 'vitest'
import { redactNames } from './redact'
import { arabic, english, french, kept, participants } from './redaction-cases'
import { foldWord } from './fold-map'
import { titles } from './titles'

const variants = [...english, ...french, ...arabic]
const words = (s: string): string[] => s.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
const redact = (text: string) => redactNames(text, { participants })

/** The name words the expected output took out (titles aside): a variant is caught when none is left. */
const caught = ([text, out]: [string, string]) => {
  const gone = new Set(words(text).filter((w) => !words(out).includes(w) && !titles.has(foldWord(w))))
  const left = words(redact(text))
  return ![...gone].some((w) => left.includes(w))
}

describe('names left out', () => {
  afterAll(() => {
    const n = variants.filter(caught).length
    console.log(`redaction: ${variants.length} variants tested, ${n} caught`)
    console.log(`redaction: ${kept.length} ordinary words checked, ${kept.filter((k) => redact(k) === k).length} kept`)
  })

  it.each(variants)('%s', (text, out) => {
    expect(redact(text)).toBe(out)
  })

  it.each(kept)('keeps %s', (text) => {
    expect(redact(text)).toBe(text)
  })
})
