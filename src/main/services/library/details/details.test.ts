import { describe, expect, it } from 'vitest'
import { readXmp } from './xmp'
import { isJunkTitle } from './junk'
import { headingOf, yearPrinted, type TextRun } from './first-page'
import { guessLanguage } from './language'
import { splitAuthors } from './details'

const run = (str: string, size: number, top: number, x = 72): TextRun => ({
  str,
  size,
  top,
  x,
  width: str.length * size * 0.5,
})

describe('XMP', () => {
  it('reads title, creators, language and date from elements, default language first', () => {
    const xmp = `<x:xmpmeta><rdf:RDF><rdf:Description rdf:about="">
      <dc:title><rdf:Alt><rdf:li xml:lang="fr">Le guide</rdf:li><rdf:li xml:lang="x-default">The guide &amp; its notes</rdf:li></rdf:Alt></dc:title>
      <dc:creator><rdf:Seq><rdf:li>Amina Diallo</rdf:li><rdf:li>Jean Moreau</rdf:li></rdf:Seq></dc:creator>
      <dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language>
      </rdf:Description></rdf:RDF></x:xmpmeta>`
    expect(readXmp(xmp)).toEqual({
      title: 'The guide & its notes',
      creators: ['Amina Diallo', 'Jean Moreau'],
      language: 'fr-FR',
      created: '',
    })
  })
  it('reads values written as attributes', () => {
    const xmp = `<rdf:Description rdf:about="" xmp:CreateDate="2014-03-02T10:00:00Z" dc:language='ar'/>`
    expect(readXmp(xmp)).toMatchObject({ created: '2014-03-02T10:00:00Z', language: 'ar' })
  })
  it('reads a hostile packet (tags opened and never closed) quickly', () => {
    const started = performance.now()
    expect(readXmp('<dc:title><rdf:Alt><rdf:li>'.repeat(20_000))).toMatchObject({ title: '' })
    expect(performance.now() - started).toBeLessThan(1000)
  })
  it('gives nothing for no packet or a broken one', () => {
    expect(readXmp('')).toEqual({ title: '', creators: [], language: '', created: '' })
    expect(readXmp('<dc:title><rdf:Alt><rdf:li>never closed')).toMatchObject({ title: '' })
  })
})

describe('junk titles', () => {
  it.each([
    'Microsoft Word - final report v3.doc',
    'untitled',
    'Untitled-2',
    'Document1',
    'report_final_v2',
    'C:\\Users\\x\\draft.docx',
    'guide.pdf',
    '2014-03-02',
    'Slide 1',
    '',
  ])('%s is junk', (title) => expect(isJunkTitle(title)).toBe(true))
  it('a title equal to the file name is junk', () => expect(isJunkTitle('01 Fiziko', '01-fiziko.pdf')).toBe(true))
  it.each([
    'Human Security Handbook',
    'Manuel de coordination civilo-militaire',
    'دليل الأمن الإنساني',
    'The memoir class',
  ])('%s is a real title', (title) => expect(isJunkTitle(title, 'x.pdf')).toBe(false))
})

describe('the heading of page 1', () => {
  it('takes the largest text near the top, over two lines, and leaves smaller text out', () => {
    const runs = [
      run('Draft — internal', 9, 40),
      run('Coordination in', 26, 120),
      run('Humanitarian Crises', 26, 150),
      run('A field guide', 14, 180),
      run('Body text', 11, 300),
    ]
    expect(headingOf(runs, 792)).toBe('Coordination in Humanitarian Crises')
  })
  it('joins runs on one line and counts a shadow once', () => {
    const runs = [run('Ti', 50, 320, 100), run('k', 50, 319, 125), run('Ti', 50, 336, 101), run('PGF', 50, 320, 300)]
    runs[1]!.x = 100 + runs[0]!.width
    expect(headingOf(runs, 792)).toBe('Tik PGF')
  })
  it('a logo drawn larger lower down does not win over the title at the top', () => {
    const runs = [run('Asymptote: the Vector Graphics', 21, 230), run('Language', 21, 257), run('symptote', 25, 350)]
    expect(headingOf(runs, 792)).toBe('Asymptote: the Vector Graphics Language')
  })
  it('ignores the bottom of the page, lines without words and a page all in body size', () => {
    expect(headingOf([run('Some body text', 11, 100), run('More body text', 11, 114)], 792)).toBe('')
    expect(headingOf([run('12', 40, 100), run('Annex', 30, 760)], 792)).toBe('')
  })
  it('finds a printed year', () => {
    expect(yearPrinted('Geneva, March 2014\nPage 3 of 1024')).toBe(2014)
    expect(yearPrinted('Version 3.1.10 — 12,2019 copies')).toBeNull()
  })
})

describe('language guess and authors', () => {
  it('knows English, French and Arabic text, and says nothing on too little', () => {
    const en = 'The role of the military in the coordination of aid is to support and not to lead. '.repeat(4)
    const fr = 'Le rôle des forces armées dans la coordination de l’aide est de soutenir et non de diriger. '.repeat(4)
    expect(guessLanguage(en)).toBe('en')
    expect(guessLanguage(fr)).toBe('fr')
    expect(guessLanguage('الأمن الإنساني يعني حماية الناس من التهديدات الواسعة والمستمرة. '.repeat(5))).toBe('ar')
    expect(guessLanguage('Annex 3')).toBe('')
  })
  it('splits authors on ; and and/&, keeps "A, maintained by B" whole', () => {
    expect(splitAuthors('D. P. Carlisle ; The LaTeX Project')).toEqual(['D. P. Carlisle', 'The LaTeX Project'])
    expect(splitAuthors('Thomas Williams & Colin Kelley')).toEqual(['Thomas Williams', 'Colin Kelley'])
    expect(splitAuthors('Peter Wilson, maintained by Lars Madsen')).toEqual(['Peter Wilson, maintained by Lars Madsen'])
    expect(splitAuthors('Administrator')).toEqual([])
  })
})
