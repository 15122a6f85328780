import { describe, expect, it } from 'vitest'
import { emptyResourceDetails, type Resource } from '@shared/model'
import { applyQuery, emptyQuery, facetValues } from './filter'

const make = (over: Partial<Resource>): Resource => ({
  ...emptyResourceDetails(),
  id: over.title ?? 'x',
  createdAt: '2026-01-01',
  updatedAt: '2026-01-01',
  kind: 'handbook',
  title: 'T',
  language: 'en',
  source: 'import',
  ...over,
})

const lib = [
  make({ title: 'Sécurité humaine', language: 'fr', year: 2016, region: 'West Africa', tags: ['curriculum'] }),
  make({ title: 'MSP Manual', kind: 'manual', year: 2015, createdAt: '2026-03-01' }),
  make({ title: 'Kampala report', kind: 'report', year: 2017, region: 'East Africa', tags: ['activity report'] }),
]

describe('library filters', () => {
  it('matches words regardless of accents and case', () => {
    expect(applyQuery(lib, { ...emptyQuery, text: 'securite HUMAINE' }).map((r) => r.title)).toEqual([
      'Sécurité humaine',
    ])
  })

  it('combines kind, language, region, year and tag filters', () => {
    expect(applyQuery(lib, { ...emptyQuery, kind: 'report' }).map((r) => r.title)).toEqual(['Kampala report'])
    expect(applyQuery(lib, { ...emptyQuery, language: 'fr', year: '2016' })).toHaveLength(1)
    expect(applyQuery(lib, { ...emptyQuery, region: 'East Africa', tag: 'curriculum' })).toHaveLength(0)
  })

  it('sorts by title, newest year, kind, or most recently added', () => {
    expect(applyQuery(lib, { ...emptyQuery, sort: 'year' }).map((r) => r.year)).toEqual([2017, 2016, 2015])
    expect(applyQuery(lib, { ...emptyQuery, sort: 'added' })[0]!.title).toBe('MSP Manual')
    expect(applyQuery(lib, emptyQuery)[0]!.title).toBe('Kampala report')
  })

  it('lists the values present for a facet', () => {
    expect(facetValues(lib, (r) => [r.year])).toEqual(['2015', '2016', '2017'])
    expect(facetValues(lib, (r) => r.tags)).toEqual(['activity report', 'curriculum'])
  })
})
