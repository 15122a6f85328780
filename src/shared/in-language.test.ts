/** Issue #18 item 4: what the shared code hands the interface is in the facilitator's language. */
import { describe, expect, it } from 'vitest'
import { definitionIn } from './glossary'
import { inLanguage } from './in-language'
import { timingProblems } from './scenario'

describe('in the interface language', () => {
  const term = {
    definition: 'Protection of people',
    translations: { fr: { term: 'x', definition: 'Protection des personnes' } },
  }
  it('gives the translated definition where there is one, the written one otherwise', () => {
    expect(definitionIn(term, 'fr')).toEqual({ text: 'Protection des personnes', lang: 'fr' })
    expect(definitionIn(term, 'ar')).toEqual({ text: 'Protection of people', lang: undefined })
    expect(definitionIn({ ...term, translations: { fr: { term: 'x', definition: ' ' } } }, 'fr').lang).toBeUndefined()
  })
  it('picks each field in the interface language, falling back field by field to the text as written', () => {
    const m = {
      purpose: 'Why',
      steps: ['One', 'Two'],
      tips: ['Tip'],
      translations: { fr: { purpose: 'Pourquoi', steps: [], tips: [' '] } },
    }
    expect(inLanguage(m, 'purpose', 'fr')).toEqual({ value: 'Pourquoi', lang: 'fr' })
    expect(inLanguage(m, 'steps', 'fr')).toEqual({ value: ['One', 'Two'], lang: undefined })
    expect(inLanguage(m, 'tips', 'fr').value).toEqual(['Tip'])
    expect(inLanguage(m, 'purpose', 'ar')).toEqual({ value: 'Why', lang: undefined })
    expect(inLanguage(m, 'purpose', 'en')).toEqual({ value: 'Why', lang: undefined })
  })
  it('names scenario timing problems by message id, so the renderer says them in its language', () => {
    const inject = (atMinute: number) => ({ atMinute }) as never
    const phases = [{ title: 'Crisis', minutes: 30, injects: [inject(20), inject(10), inject(40)] }] as never
    expect(timingProblems({ phases }).map((m) => [m.id, m.values])).toEqual([
      ['inject-after-phase', { phase: 'Crisis', minute: 40, minutes: 30 }],
      ['injects-out-of-order', { phase: 'Crisis' }],
    ])
  })
})
