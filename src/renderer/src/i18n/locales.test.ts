import { describe, expect, it } from 'vitest'
import en from './locales/en.json'
import fr from './locales/fr.json'
import ar from './locales/ar.json'
import messagesFr from './locales/messages.fr.json'
import messagesAr from './locales/messages.ar.json'
import { englishMessages, placeholdersOf } from '@shared/user-message'

type Tree = { [key: string]: string | Tree }
const pluralSuffix = /_(zero|one|two|few|many|other)$/

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

/** Every key a language must answer: plural forms collapse to their base, which needs an `_other`. */
const baseKeys = (strings: Map<string, string>) => new Set([...strings.keys()].map((k) => k.replace(pluralSuffix, '')))
/** The app's name and the names of the languages themselves are written the same in every interface. */
const sameInEveryLanguage = /^(app\.name|settings\.languages\.\w+)$/
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

describe('translations', () => {
  const english = flatten(en)
  for (const [name, tree] of [
    ['French', fr],
    ['Arabic', ar],
  ] as const) {
    it(`${name} says everything the English interface says, with the same placeholders`, () => {
      const strings = flatten(tree as Tree)
      expect([...baseKeys(english)].filter((k) => !baseKeys(strings).has(k))).toEqual([])
      expect([...baseKeys(strings)].filter((k) => !baseKeys(english).has(k))).toEqual([])
      for (const [key, text] of english) {
        const base = key.replace(pluralSuffix, '')
        const theirs = strings.get(key) ?? strings.get(`${base}_other`)
        expect(theirs, key).toBeDefined()
        if (pluralSuffix.test(key)) expect(strings.has(`${base}_other`), `${base}_other`).toBe(true)
        else expect(placeholders(theirs!), key).toEqual(placeholders(text))
        const words = text.replace(/\{\{\w+\}\}/g, '').trim()
        if (words.length > 12 && !sameInEveryLanguage.test(key))
          expect(theirs, `${key} is still English`).not.toBe(text)
      }
    })
  }
})

describe('plural forms and untranslated words', () => {
  const english = flatten(en)
  const bases = (strings: Map<string, string>) =>
    [...strings.keys()].filter((k) => pluralSuffix.test(k)).map((k) => k.replace(pluralSuffix, ''))
  it('writes a count with a noun through plural forms (no "1 pages")', () => {
    // a placeholder followed by an English plural noun in a key that has no plural forms
    const countedNoun = /\{\{\w+\}\} (?!min\b|ms\b|is\b|was\b|has\b)[a-z]+s\b/
    const found = [...english].filter(([key, text]) => !pluralSuffix.test(key) && countedNoun.test(text))
    expect(found.map(([key, text]) => `${key}: ${text}`)).toEqual([])
  })
  it('gives Arabic all six forms (zero, one, two, few, many, other) and French one and other', () => {
    const arabic = flatten(ar as Tree)
    const french = flatten(fr as Tree)
    for (const base of new Set(bases(english))) {
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other'])
        expect(arabic.has(`${base}_${form}`), `${base}_${form} (Arabic)`).toBe(true)
      for (const form of ['one', 'other']) expect(french.has(`${base}_${form}`), `${base}_${form} (French)`).toBe(true)
    }
  })
  it('says one and two in Arabic in their own words, not the words for many', () => {
    const arabic = flatten(ar as Tree)
    const same = [...new Set(bases(english))].filter(
      (base) =>
        arabic.get(`${base}_one`) === arabic.get(`${base}_other`) ||
        arabic.get(`${base}_two`) === arabic.get(`${base}_other`),
    )
    expect(same).toEqual([])
  })
  for (const [name, tree] of [
    ['French', fr],
    ['Arabic', ar],
  ] as const) {
    it(`${name} leaves no English sentence untranslated`, () => {
      const strings = flatten(tree as Tree)
      // two words or more, the same as the English: not translated (names and key labels are exempt)
      const untranslated = [...english].filter(
        ([key, text]) =>
          !sameInEveryLanguage.test(key) &&
          /\p{L}{2,}\W+\p{L}{2,}/u.test(text.replace(/\{\{\w+\}\}/g, '')) &&
          strings.get(key) === text,
      )
      expect(untranslated.map(([key]) => key)).toEqual([])
    })
  }
})

describe('what the main side says', () => {
  for (const [name, catalogue] of [
    ['French', messagesFr],
    ['Arabic', messagesAr],
  ] as const) {
    it(`${name} has every message the main side sends, with the same placeholders`, () => {
      const theirs = catalogue as Record<string, string>
      expect(Object.keys(theirs).sort()).toEqual(Object.keys(englishMessages).sort())
      for (const [id, english] of Object.entries(englishMessages)) {
        expect(placeholdersOf(theirs[id]!), id).toEqual(placeholdersOf(english))
        expect(theirs[id], `${id} is still English`).not.toBe(english)
      }
    })
  }
})

describe('commands shown to the facilitator', () => {
  // `npm run serve -- --team FOLDER`: the command stays as it is, the word standing for what to type is translated
  const placeholderAfterOption = /--[a-z][a-z-]* ([A-Z][A-Z_]+)\b/g
  const englishPlaceholders = (text: string) => [...text.matchAll(placeholderAfterOption)].map((m) => m[1]!)
  for (const [name, tree, catalogue] of [
    ['French', fr, messagesFr],
    ['Arabic', ar, messagesAr],
  ] as const) {
    it(`${name} names what to type in its own words`, () => {
      const strings = flatten(tree as Tree)
      const left: string[] = []
      for (const [key, text] of flatten(en as Tree))
        for (const word of englishPlaceholders(text)) if (strings.get(key)?.includes(word)) left.push(`${key}: ${word}`)
      for (const [id, text] of Object.entries(englishMessages))
        for (const word of englishPlaceholders(text))
          if ((catalogue as Record<string, string>)[id]?.includes(word)) left.push(`${id}: ${word}`)
      expect(left).toEqual([])
    })
  }
})
