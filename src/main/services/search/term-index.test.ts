import { describe, expect, it } from 'vitest'
import { TermIndex } from './term-index'

describe('term index', () => {
  const index = new TermIndex()
  index.add(1, 'Civil coordination in the field')
  index.add(2, 'civil coordinator of a mission')
  index.add(3, 'coordination without the other word')
  index.add(4, 'civil society coordinates')

  it('joins the fixed words with any completion of the word still being typed', () => {
    expect(index.search(['civil', 'coordinat'], true, 10).sort()).toEqual([1, 2, 4])
    expect(index.search(['coordination'], false, 10).sort()).toEqual([1, 3])
    expect(index.search(['civil', 'zzz'], true, 10)).toEqual([])
  })

  it('survives a dump and restore', async () => {
    const again = TermIndex.restore(await index.dump())
    expect(again.search(['civil', 'coordinato'], true, 10)).toEqual([2])
  })
})
