import { describe, expect, it } from 'vitest'
import { excerpts, termReplacer } from './adapt-text'

describe('adapting words', () => {
  it('replaces whole words only, longest term first, counting each', () => {
    const replace = termReplacer([
      { from: 'UN', to: 'ONU' },
      { from: 'UN mission', to: 'MINUSCA' },
      { from: '', to: 'ignored' },
    ])
    expect(replace('The UN mission and UNICEF met the UN.')).toEqual({
      text: 'The MINUSCA and UNICEF met the ONU.',
      count: 2,
    })
    expect(replace('police r1 r12')).toEqual({ text: 'police r1 r12', count: 0 })
  })

  it('previews a long text by the stretch that changed', () => {
    const before = `${'a'.repeat(5000)} police ${'b'.repeat(5000)}`
    const [b, a] = excerpts(before, before.replace('police', 'gendarmerie'))
    expect(b).toBe(`…${'a'.repeat(59)} police ${'b'.repeat(58)}…`)
    expect(a).toBe(`…${'a'.repeat(59)} gendarmerie ${'b'.repeat(58)}…`)
  })
})
