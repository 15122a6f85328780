import { describe, expect, it } from 'vitest'
import { cleanText, fromWorker, languageOf, yearOf } from './extracted'

describe('values a PDF hands over', () => {
  it('cleans text of control characters and cuts it with an ellipsis, never inside a character', () => {
    expect(cleanText('\u0000Field\u0007 guide\u202e \n\t to  protection')).toBe('Field guide to protection')
    const cut = cleanText(`${'a'.repeat(8)}😀😀`, 10)
    expect(cut).toBe(`${'a'.repeat(8)}…`)
    expect(cleanText('\ud800 broken')).toBe('broken')
  })

  it('takes a language from /Lang and a year from a PDF date only when they make sense', () => {
    expect(['en-GB', 'FR', 'ara', 'English', 'x-klingon', ''].map(languageOf)).toEqual(['en', 'fr', 'ara', '', '', ''])
    expect(["D:20140312103000+01'00'", 'D:99991399', 'yesterday', '1850'].map(yearOf)).toEqual([2014, null, null, null])
  })

  it('cleans the XMP values and the heading like any other value', () => {
    const xmp = '<dc:title><rdf:Alt><rdf:li>A\u202e title\n  here</rdf:li></rdf:Alt></dc:title>'
    const runs = [{ str: 'Big\u0007 Heading', size: 30, x: 10, top: 50, width: 200 }]
    expect(fromWorker({ pages: ['x'], xmp, firstPage: { height: 800, runs } })).toMatchObject({
      xmp: { title: 'A title here' },
      heading: 'Big Heading',
    })
    expect(fromWorker({ pages: ['x'], firstPage: { height: 800, runs: 'lots' } })).toMatchObject({ heading: '' })
  })

  it('refuses an answer without pages, and fills what is missing or of the wrong type', () => {
    expect(fromWorker({ pages: 'many' })).toBeNull()
    expect(fromWorker({ pages: ['p1', 7], title: 42, outline: [{ title: 'A', page: 1.5 }, 'junk'] })).toEqual({
      pages: ['p1', ''],
      pageErrors: [],
      title: '',
      author: '',
      subject: '',
      year: null,
      language: '',
      outline: [{ title: 'A', page: null, items: [] }],
      xmp: { title: '', creators: [], language: '', created: '' },
      heading: '',
    })
  })
})
