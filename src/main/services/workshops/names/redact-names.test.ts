import { afterAll, describe, expect, it } from 'vitest'
import { nameFinder, namesOut, redactNames } from './redact'
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

describe('the participants list as typed', () => {
  const people = (...names: string[]) => ({
    participants: names.map((name, i) => ({ ...participants[0]!, id: `x${i}`, name })),
  })

  it('ignores empty names, lone initials and titles, and reads regular-expression characters as text', () => {
    expect(
      redactNames('Amina (Ami) Diallo+ met D. and Dr. A.', people('', ' ', 'D', 'Dr', 'Amina (Ami) Diallo+')),
    ).toBe('[participant] ([participant]) [participant]+ met D. and Dr. A.')
  })

  it('takes a title typed into the name as a title, not as a name part', () => {
    expect(redactNames('The col said Col. Diallo agreed', people('Col. Amina Diallo'))).toBe(
      'The col said [participant] agreed',
    )
  })

  it('finds pseudonyms with digits, and positions after characters outside the BMP', () => {
    const text = '🙂 P1 and p12 spoke'
    expect(nameFinder([{ name: 'P1' }])(text)).toEqual([{ start: 3, end: 5, original: 'P1' }])
  })

  it('prefers the longest form where two participants share a part', () => {
    expect(redactNames('Amina Keita and Amina Diallo', people('Amina Diallo', 'Amina Keita'))).toBe(
      '[participant] and [participant]',
    )
  })

  it('leaves the text alone when names are not left out', () => {
    expect(namesOut({ ...people('Amina Diallo'), report: { draft: '', excludeNames: false } })('Amina')).toBe('Amina')
    expect(namesOut({ ...people('Amina Diallo'), report: { draft: '', excludeNames: true } })('Amina')).toBe(
      '[participant]',
    )
  })
})
