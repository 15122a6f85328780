/**
 * The report editor's formatting buttons, as edits of the Markdown underneath: wrap the
 * selection (bold, italics) or mark each selected line (heading, lists, quote) — pressing
 * again takes the mark off — or insert a table. Pure, so each is tested without a browser.
 */
export const formatCommands = ['bold', 'italic', 'heading', 'bullets', 'numbers', 'quote', 'table'] as const
export type FormatCommand = (typeof formatCommands)[number]

/** Replace [from, to) with `insert`, then select [selectStart, selectEnd). */
export interface TextEdit {
  from: number
  to: number
  insert: string
  selectStart: number
  selectEnd: number
}

const wrappers: Partial<Record<FormatCommand, string>> = { bold: '**', italic: '*' }
const linePrefix: Partial<Record<FormatCommand, (n: number) => string>> = {
  heading: () => '## ',
  bullets: () => '- ',
  numbers: (n) => `${n + 1}. `,
  quote: () => '> ',
}
const anyPrefix: Partial<Record<FormatCommand, RegExp>> = {
  heading: /^#{1,6} /,
  bullets: /^[-*+] /,
  numbers: /^\d+[.)] /,
  quote: /^> ?/,
}

/** Whatever marks a line already (a heading, a list item, a quote), replaced by the new mark. */
const anyMark = /^(#{1,6} |[-*+] |\d+[.)] |> ?)/

function wrap(value: string, start: number, end: number, marker: string, placeholder: string): TextEdit {
  const selected = value.slice(start, end)
  const before = value.slice(start - marker.length, start)
  const after = value.slice(end, end + marker.length)
  if (selected && before === marker && after === marker)
    return {
      from: start - marker.length,
      to: end + marker.length,
      insert: selected,
      selectStart: start - marker.length,
      selectEnd: end - marker.length,
    }
  const text = selected || placeholder
  return {
    from: start,
    to: end,
    insert: `${marker}${text}${marker}`,
    selectStart: start + marker.length,
    selectEnd: start + marker.length + text.length,
  }
}

function markLines(value: string, start: number, end: number, command: FormatCommand): TextEdit {
  const from = value.lastIndexOf('\n', start - 1) + 1
  const lineEnd = value.indexOf('\n', end > start && value[end - 1] === '\n' ? end - 1 : end)
  const to = lineEnd === -1 ? value.length : lineEnd
  const lines = value.slice(from, to).split('\n')
  const marked = anyPrefix[command]!
  const allMarked = lines.every((l) => marked.test(l))
  const insert = lines
    .map((l, i) => {
      const bare = l.replace(anyMark, '')
      return allMarked ? bare : `${linePrefix[command]!(i)}${bare}`
    })
    .join('\n')
  return { from, to, insert, selectStart: from, selectEnd: from + insert.length }
}

export function formatEdit(
  value: string,
  start: number,
  end: number,
  command: FormatCommand,
  words: { placeholder: string; column: string },
): TextEdit {
  const marker = wrappers[command]
  if (marker) return wrap(value, start, end, marker, words.placeholder)
  if (command === 'table') {
    const lead = start > 0 && value[start - 1] !== '\n' ? '\n\n' : start > 0 && value[start - 2] !== '\n' ? '\n' : ''
    const cell = words.column
    const insert = `${lead}| ${cell} | ${cell} |\n| --- | --- |\n|  |  |\n`
    const at = start + lead.length + 2
    return { from: start, to: end, insert, selectStart: at, selectEnd: at + cell.length }
  }
  return markLines(value, start, end, command)
}
