import { describe, expect, it } from 'vitest'
import { formatEdit, type FormatCommand } from './format-commands'

const words = { placeholder: 'text', column: 'Column' }
/** The text after the edit, with the new selection shown as [ ]. */
function run(value: string, start: number, end: number, command: FormatCommand): string {
  const e = formatEdit(value, start, end, command, words)
  const out = value.slice(0, e.from) + e.insert + value.slice(e.to)
  return `${out.slice(0, e.selectStart)}[${out.slice(e.selectStart, e.selectEnd)}]${out.slice(e.selectEnd)}`
}

describe('the report editor’s formatting', () => {
  it('makes the selection bold or italic, and plain again', () => {
    expect(run('The police agreed', 11, 17, 'bold')).toBe('The police **[agreed]**')
    expect(run('The police **agreed**', 13, 19, 'bold')).toBe('The police [agreed]')
    expect(run('The police agreed', 4, 10, 'italic')).toBe('The *[police]* agreed')
    expect(run('Note: ', 6, 6, 'bold')).toBe('Note: **[text]**')
  })

  it('marks every selected line as a heading, list or quote, and unmarks them', () => {
    const text = 'Intro\nfirst\nsecond\nend'
    expect(run(text, 8, 15, 'bullets')).toBe('Intro\n[- first\n- second]\nend')
    expect(run(text, 8, 15, 'numbers')).toBe('Intro\n[1. first\n2. second]\nend')
    expect(run('Intro\n- first\n- second\nend', 8, 17, 'bullets')).toBe('Intro\n[first\nsecond]\nend')
    expect(run('Intro\n- first', 8, 8, 'numbers')).toBe('Intro\n[1. first]')
    expect(run('Who was missing?', 3, 3, 'quote')).toBe('[> Who was missing?]')
    expect(run('## Outcomes', 0, 0, 'heading')).toBe('[Outcomes]')
  })

  it('inserts a table on lines of its own', () => {
    expect(run('Before', 6, 6, 'table')).toBe('Before\n\n| [Column] | Column |\n| --- | --- |\n|  |  |\n')
    expect(run('', 0, 0, 'table')).toBe('| [Column] | Column |\n| --- | --- |\n|  |  |\n')
  })
})
