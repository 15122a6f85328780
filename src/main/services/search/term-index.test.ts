import { describe, expect, it } from 'vitest'
import { TermIndex } from './term-index'
import { Segment } from './segment'

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
    const again = TermIndex.restore(await index.dump())!
    expect(again.search(['civil', 'coordinato'], true, 10)).toEqual([2])
    expect(index.search(['civil', 'coordinat'], true, 10).sort()).toEqual([1, 2, 4])
  })

  it('after a restore, finds pages added since and forgets pages removed, in both parts and after the next save', async () => {
    const loaded = TermIndex.restore(await index.dump())!
    loaded.add(7, 'civil coordination added after loading')
    loaded.remove(1)
    expect(loaded.search(['civil', 'coordination'], false, 10)).toEqual([7])
    const saved = await loaded.dump()
    const segment = Segment.open(saved.postings, saved.words)!
    const ids = saved.words.flatMap((w) => segment.postings(w).flatMap((slot) => Array.from(slot ?? [])))
    expect(ids).toContain(7)
    expect(ids).not.toContain(1)
    const reloaded = TermIndex.restore(saved)!
    expect(reloaded.search(['civil', 'coordination'], false, 10)).toEqual([7])
    expect(reloaded.search(['coordination'], false, 10).sort()).toEqual([3, 7])
  })

  it('refuses postings that do not walk cleanly to their end with the words given', async () => {
    const dump = await index.dump()
    expect(Segment.open(dump.postings, dump.words)).not.toBeNull()
    expect(Segment.open(dump.postings.subarray(0, dump.postings.length - 1), dump.words)).toBeNull()
    expect(Segment.open(dump.postings, [...dump.words, 'extra'])).toBeNull()
    const damaged = dump.postings.slice()
    damaged[0] = 1_000_000
    expect(Segment.open(damaged, dump.words)).toBeNull()
  })
})
