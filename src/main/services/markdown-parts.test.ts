import { describe, expect, it } from 'vitest'
import { markdownParts, plainText } from './markdown-parts'

describe('Markdown as parts for the writers', () => {
  it('keeps bold, italics and both, and decodes what marked escapes', () => {
    const [p] = markdownParts('Plain **bold** *italic* ***both*** and `AT&T` <b>not markup</b>')
    expect(p).toEqual({
      kind: 'paragraph',
      spans: [
        { text: 'Plain ', bold: false, italic: false },
        { text: 'bold', bold: true, italic: false },
        { text: ' ', bold: false, italic: false },
        { text: 'italic', bold: false, italic: true },
        { text: ' ', bold: false, italic: false },
        { text: 'both', bold: true, italic: true },
        { text: ' and AT&T <b>not markup</b>', bold: false, italic: false },
      ],
    })
  })

  it('reads quotes, numbered and nested lists, tables and rules', () => {
    const parts = markdownParts(
      [
        '> Who was at the table?',
        '> And who was **missing**?',
        '',
        '3. third',
        '4. fourth',
        '   - inside',
        '',
        '| A | **B** |',
        '| --- | --- |',
        '| 1 | *2* |',
        '',
        '---',
      ].join('\n'),
    )
    expect(parts.map((p) => p.kind)).toEqual(['quote', 'list', 'table', 'rule'])
    const quote = parts[0] as Extract<(typeof parts)[number], { kind: 'quote' }>
    expect(quote.paragraphs.map(plainText)).toEqual(['Who was at the table?\nAnd who was missing?'])
    const list = parts[1] as Extract<(typeof parts)[number], { kind: 'list' }>
    expect(list.items.map((i) => [i.level, i.number, plainText(i.spans)])).toEqual([
      [0, 3, 'third'],
      [0, 4, 'fourth'],
      [1, null, 'inside'],
    ])
    const table = parts[2] as Extract<(typeof parts)[number], { kind: 'table' }>
    expect(table.header[1]).toEqual([{ text: 'B', bold: true, italic: false }])
    expect(table.rows[0]![1]).toEqual([{ text: '2', bold: false, italic: true }])
  })
})
