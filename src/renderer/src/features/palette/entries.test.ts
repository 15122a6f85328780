import { describe, expect, it } from 'vitest'
import { actionEntries, recordEntries, reportWorkshop, searchEntry } from './entries'

const say = (key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)
const workshops = [
  { id: 'old', title: 'Old', updatedAt: '2025-01-01T00:00:00Z' },
  { id: 'new', title: 'New', updatedAt: '2026-03-01T00:00:00Z' },
]

describe('palette entries', () => {
  it('offers the report of the workshop on screen, else of the one changed last', () => {
    expect(reportWorkshop({ area: 'workshops', params: ['old', 'agenda'] }, workshops)?.id).toBe('old')
    expect(reportWorkshop({ area: 'library', params: [] }, workshops)?.id).toBe('new')
    expect(reportWorkshop({ area: 'library', params: [] }, [])).toBeUndefined()
  })

  it('opens the report tab, and leaves the action out when there is no workshop', () => {
    const report = actionEntries(say, workshops[0]).find((e) => e.id === 'action:exportReport')
    expect(report?.run).toEqual({ go: '#/workshops/old/report' })
    expect(actionEntries(say, undefined).some((e) => e.id === 'action:exportReport')).toBe(false)
  })

  it('lists only resources with a PDF, and goes to each record on its page', () => {
    const list = recordEntries({
      resources: [
        { id: 'a', title: 'A', file: {} },
        { id: 'b', title: 'Record only' },
      ],
      workshops,
      scenarios: [{ id: 's', title: 'S' }],
      glossary: [{ id: 'g', term: 'T', aliases: [], translations: { fr: { term: 'Tf' } } }],
      methods: [{ id: 'm', name: 'Fishbowl', aliases: ['inner and outer circle'], titles: { fr: 'Bocal à poissons' } }],
    })
    expect(list.map((e) => e.run)).toEqual([
      { go: '#/workshops/old/details' },
      { go: '#/workshops/new/details' },
      { go: '#/scenarios/s/overview' },
      { go: '#/reader/a' },
      { go: '#/methods/m' },
      { go: '#/glossary/g' },
    ])
    expect(list.find((e) => e.group === 'methods')?.keywords).toEqual(['inner and outer circle', 'Bocal à poissons'])
    expect(list.at(-1)?.hint).toBe('Tf')
  })

  it('searches the typed text on the search page, and offers nothing for an empty box', () => {
    expect(searchEntry('  "parking lot" ', say)?.run).toEqual({ go: '#/search/%22parking%20lot%22' })
    expect(searchEntry('  ', say)).toBeNull()
  })
})
