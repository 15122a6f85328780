import { describe, expect, it } from 'vitest'
import { assertPrintable, firstUnprintable } from './pdf-charset'

describe('what the PDF exports can draw', () => {
  it('passes French, Spanish and typographic punctuation', () => {
    expect(firstUnprintable('Cœur de l’atelier : « déjà vu » — año, 25 € … Œuvre')).toBeNull()
  })

  it('names the first character it cannot draw', () => {
    expect(firstUnprintable('Rapport: ورشة')).toBe('و')
    expect(firstUnprintable('From → To')).toBe('→')
  })

  it('refuses with a message that says which character and what to use instead', () => {
    expect(() => assertPrintable('fine', 'تقرير')).toThrow(/cannot show “ت”.*Word \(DOCX\) and Markdown/)
  })
})
