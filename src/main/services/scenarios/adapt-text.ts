/**
 * Term replacement for adapting a scenario: whole words only (a letter, mark or digit on
 * either side means "not this term"), every pair in one pass so that "police → gendarmerie"
 * and "gendarmerie → …" do not chain, the longest term first where two overlap.
 */
import { escapeRegExp } from '@shared/text'

export interface Replaced {
  text: string
  count: number
}

export function termReplacer(pairs: { from: string; to: string }[]): (text: string) => Replaced {
  const to = new Map<string, string>()
  for (const p of pairs) if (p.from && !to.has(p.from)) to.set(p.from, p.to)
  if (to.size === 0) return (text) => ({ text, count: 0 })
  const terms = [...to.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp)
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${terms.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu')
  return (text) => {
    let count = 0
    const replaced = text.replace(pattern, (term) => {
      count++
      return to.get(term)!
    })
    return { text: replaced, count }
  }
}

/** The stretch of `before` and `after` that differs, with some context, so a long brief previews short. */
export function excerpts(before: string, after: string, context = 60, longest = 600): [string, string] {
  let head = 0
  while (head < before.length && head < after.length && before[head] === after[head]) head++
  let tail = 0
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++
  const start = Math.max(0, head - context)
  const cut = (s: string) => {
    const end = Math.min(s.length, s.length - tail + context)
    const middle = s.slice(start, end)
    const shown = middle.length > longest ? `${middle.slice(0, longest)}…` : middle
    return `${start > 0 ? '…' : ''}${shown}${end < s.length && middle.length <= longest ? '…' : ''}`
  }
  return [cut(before), cut(after)]
}
