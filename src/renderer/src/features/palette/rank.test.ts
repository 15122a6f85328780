import { describe, expect, it } from 'vitest'
import { actionEntries, areaEntries, recordEntries, searchEntry, type PaletteEntry } from './entries'
import { rank } from './rank'

const say = (key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)

const entries: PaletteEntry[] = [
  ...actionEntries((k) => ({ 'palette.actions.newWorkshop': 'New workshop…' })[k] ?? k, undefined),
  ...areaEntries((k) => ({ 'nav.settings': 'الإعدادات', 'nav.glossary': 'Glossary' })[k] ?? k),
  ...recordEntries({
    resources: [
      { id: 'r1', title: "Facilitator's quick guide", file: {} },
      { id: 'r2', title: 'Handbook on Human Security', file: {} },
    ],
    workshops: [{ id: 'w1', title: 'Réunion de coordination', updatedAt: '2026-01-01T00:00:00Z' }],
    scenarios: [{ id: 's1', title: 'Flood response near an armed group' }],
    glossary: [
      {
        id: 'g1',
        term: 'Civil-military coordination',
        aliases: ['CMCoord'],
        translations: { fr: { term: 'Coordination civilo-militaire' } },
      },
    ],
  }),
]

const labels = (query: string) => rank(entries, query).flatMap((g) => g.entries.map((e) => e.label))

describe('rank', () => {
  it('ignores accents and capitals', () => {
    expect(labels('reunion')[0]).toBe('Réunion de coordination')
    expect(labels('RÉUNION')[0]).toBe('Réunion de coordination')
  })

  it('ignores Arabic hamza marks on alef', () => {
    expect(labels('الاعدادات')[0]).toBe('الإعدادات')
  })

  it('finds by letters in order, with words left out or cut short', () => {
    expect(labels('quik gide')[0]).toBe("Facilitator's quick guide")
    expect(labels('new wrkshp')[0]).toBe('New workshop…')
    expect(labels('hb sec')[0]).toBe('Handbook on Human Security')
  })

  it('finds a term by its alias or translation', () => {
    expect(labels('cmcoord')[0]).toBe('Civil-military coordination')
    expect(labels('civilo')[0]).toBe('Civil-military coordination')
  })

  it('leaves out what does not match', () => {
    expect(labels('zzzz')).toEqual([])
  })

  it('shows actions and areas before anything is typed, records only when asked for', () => {
    expect(rank(entries, '').map((g) => g.group)).toEqual(['actions', 'areas'])
  })

  it('orders groups by their best entry and keeps the full-text search last', () => {
    const withSearch = [...entries, searchEntry('flood', say)!]
    const groups = rank(withSearch, 'flood').map((g) => g.group)
    expect(groups[0]).toBe('scenarios')
    expect(groups.at(-1)).toBe('search')
    expect(rank(withSearch, 'zzzz').map((g) => g.group)).toEqual(['search'])
  })

  it('caps each group', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ ...entries.at(-1)!, id: `t${i}` }))
    expect(rank(many, 'civil', 5)[0]!.entries).toHaveLength(5)
  })
})
