import { describe, expect, it } from 'vitest'
import { blankMethod, type Method } from '@shared/method'
import { noFilter, shownMethods } from './filter'

const method = (name: string, over: Partial<Method>): Method => ({
  ...blankMethod(name),
  id: name,
  createdAt: '',
  updatedAt: '',
  ...over,
})

const all = [
  method('Fishbowl', { category: 'plenary', groupMin: 10, groupMax: 60, timeMin: 30, timeMax: 75 }),
  method('Think-pair-share', { category: 'small-group', groupMin: 4, groupMax: null, timeMin: 10, timeMax: 25 }),
  method('Plus/delta', {
    category: 'evaluation',
    groupMin: 3,
    groupMax: 80,
    timeMin: 5,
    timeMax: 15,
    aliases: ['keep and change'],
  }),
]
const names = (f: Partial<typeof noFilter>) => shownMethods(all, { ...noFilter, ...f }).map((m) => m.name)

describe('the methods list filter', () => {
  it('keeps methods of a category, that fit the group, that fit the time, with the words', () => {
    expect(names({})).toHaveLength(3)
    expect(names({ category: 'plenary' })).toEqual(['Fishbowl'])
    expect(names({ people: 200 })).toEqual(['Think-pair-share'])
    expect(names({ people: 6 })).toEqual(['Think-pair-share', 'Plus/delta'])
    expect(names({ minutes: 20 })).toEqual(['Think-pair-share', 'Plus/delta'])
    expect(names({ words: 'KEEP chang' })).toEqual(['Plus/delta'])
  })
})
