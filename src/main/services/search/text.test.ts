import { describe, expect, it } from 'vitest'
import { fold, hasPhrases, parseQuery } from './text'
import { makeSnippet } from './snippet'

describe('search text handling', () => {
  it('folds accents and case', () => {
    expect(fold('Sécurité HUMAINE, Ñandú')).toBe('securite humaine, nandu')
  })

  it('parses quoted phrases, loose terms, and whether the last term is a prefix', () => {
    expect(parseQuery('"protection des civils" coord')).toEqual({
      terms: ['protection', 'des', 'civils', 'coord'],
      phrases: [['protection', 'des', 'civils']],
      prefix: true,
    })
    expect(parseQuery('"do no harm"').prefix).toBe(false)
    expect(parseQuery('early warning ').prefix).toBe(false)
  })

  it('checks phrases as consecutive words', () => {
    expect(hasPhrases(fold('The principle of Do No Harm, applied.'), [['do', 'no', 'harm']])).toBe(true)
    expect(hasPhrases(fold('do not harm anyone, no'), [['do', 'no', 'harm']])).toBe(false)
  })

  it('marks matched words in a snippet of the original text, accents kept', () => {
    const parts = makeSnippet('La sécurité humaine est centrée sur les personnes.', ['securite', 'centr'], true)
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['sécurité', 'centr'])
    expect(parts.map((p) => p.text).join('')).toBe('La sécurité humaine est centrée sur les personnes.')
  })

  it('cuts long text around the first match', () => {
    const text = `${'filler '.repeat(100)}early warning systems ${'more '.repeat(100)}`
    const parts = makeSnippet(text, ['early', 'warning'], false)
    const joined = parts.map((p) => p.text).join('')
    expect(joined.length).toBeLessThan(220)
    expect(joined.startsWith('… ')).toBe(true)
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['early', 'warning'])
  })

  it('marks whole words only, and keeps marks right in text whose accents are decomposed', () => {
    const parts = makeSnippet('Forewarning, then warning: warnings.', ['warning'], false)
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['warning'])
    const decomposed = 'Le re\u0301seau de se\u0301curite\u0301 locale'
    const marked = makeSnippet(decomposed, ['securite', 'loc'], true).filter((p) => p.match)
    expect(marked.map((p) => p.text)).toEqual(['se\u0301curite\u0301', 'loc'])
  })
})
