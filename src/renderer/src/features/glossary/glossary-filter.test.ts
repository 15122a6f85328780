import { describe, expect, it } from 'vitest'
import type { GlossaryTerm } from '@shared/glossary'
import { initial, shownTerms } from './glossary-filter'

const term = (t: string, more: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
  id: t,
  term: t,
  definition: '',
  aliases: [],
  related: [],
  sourceId: null,
  translations: {},
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...more,
})

const terms = [
  term('Échelle de la violence', { definition: 'How violence grows' }),
  term('Civil-military coordination', {
    aliases: ['CMCoord'],
    translations: { fr: { term: 'Coordination civilo-militaire', definition: 'Dialogue entre acteurs' } },
  }),
  term('Do no harm', { definition: 'Aid that does not feed the conflict' }),
]
const ids = (list: GlossaryTerm[]) => list.map((t) => t.id)

describe('the glossary list', () => {
  it('files a term under its first letter with accents folded', () => {
    expect(initial(terms[0]!)).toBe('E')
    expect(ids(shownTerms(terms, 'E', ''))).toEqual(['Échelle de la violence'])
  })

  it('finds a term by its translation, an alias or its definition, every word searched', () => {
    expect(ids(shownTerms(terms, null, 'civilo dialogue'))).toEqual(['Civil-military coordination'])
    expect(ids(shownTerms(terms, null, 'cmcoord'))).toEqual(['Civil-military coordination'])
    expect(ids(shownTerms(terms, null, 'conflict aid'))).toEqual(['Do no harm'])
    expect(ids(shownTerms(terms, null, 'conflict dialogue'))).toEqual([])
  })

  it('applies the letter and the search together', () => {
    expect(ids(shownTerms(terms, 'D', 'violence'))).toEqual([])
    expect(ids(shownTerms(terms, null, ''))).toHaveLength(3)
  })
})
