import { describe, expect, it } from 'vitest'
import { layoutParagraph, type Measure } from './bidi-lines'

/** Every character 1 unit wide, one font for Latin and one for Arabic. */
const measure: Measure<string> = {
  fontFor: (char) => (/\p{Script=Arabic}/u.test(char) ? 'arabic' : 'latin'),
  width: (text) => [...text].length,
}
const lineTexts = (text: string, width: number, direction: 'ltr' | 'rtl' = 'ltr') =>
  layoutParagraph(text, direction, width, measure).map((l) => l.runs.map((r) => r.text).join(''))

describe('a paragraph laid out in lines', () => {
  it('puts each part of a long paragraph on its own line, once', () => {
    const text = 'Who was missing from the table? A long quote that wraps over the line.'
    const lines = lineTexts(text, 24)
    expect(lines.length).toBeGreaterThan(2)
    for (const line of lines) expect(line.trimEnd().length).toBeLessThanOrEqual(24)
    expect(lines.join(' ').replace(/\s+/g, ' ').trim()).toBe(text)
  })

  it('keeps a right-to-left paragraph’s lines to their own words', () => {
    const words = Array.from({ length: 12 }, (_, i) => `كلمة${'ا'.repeat(i % 3)}`)
    const lines = layoutParagraph(words.join(' '), 'rtl', 20, measure)
    expect(lines.length).toBeGreaterThan(2)
    const drawn = lines.flatMap((l) => l.runs.filter((r) => r.text.trim()).map(() => 1)).length
    expect(drawn).toBe(words.length)
  })
})
