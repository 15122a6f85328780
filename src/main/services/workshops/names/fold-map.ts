/**
 * Names are compared folded, and replaced in the text as it was written. Folding is done
 * one character at a time so that each folded character remembers where it came from:
 * a match in the folded text maps back to the exact stretch of the original, whatever
 * accents, harakat or invisible characters it holds.
 *
 * Folded: lower case; accents and every other combining mark (Arabic harakat, hamza
 * above or below: أ إ آ become ا) removed; ٱ as ا, ى as ي, ة as ه, Persian ی and ک as
 * ي and ك; œ æ ß spelt out; curly apostrophes as ' and Unicode hyphens as -; tatweel,
 * soft hyphens, zero-width and direction marks dropped (they hide a name from a search).
 */

const letters: Record<string, string> = {
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ی: 'ي',
  ک: 'ك',
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '`': "'",
  '´': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
}
const dropped = /[\u0640\u00ad\u200b-\u200f\u2060\u2066-\u2069\ufeff]/u

export function foldChar(ch: string): string {
  if (dropped.test(ch)) return ''
  const folded = ch
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
  return [...folded].map((c) => letters[c] ?? c).join('')
}

export const foldWord = (s: string): string => [...s].map(foldChar).join('')

export interface Folded {
  text: string
  /** for each code unit of `text`, where its character starts and ends in the original */
  from: number[]
  to: number[]
}

export function foldWithMap(original: string): Folded {
  const pieces: string[] = []
  const from: number[] = []
  const to: number[] = []
  for (let at = 0; at < original.length;) {
    const code = original.codePointAt(at)!
    const size = code > 0xffff ? 2 : 1
    const piece = code < 0x80 && code !== 0x60 ? original[at]!.toLowerCase() : foldChar(String.fromCodePoint(code))
    for (let i = 0; i < piece.length; i++) {
      from.push(at)
      to.push(at + size)
    }
    pieces.push(piece)
    at += size
  }
  return { text: pieces.join(''), from, to }
}

/** The original stretch for folded [start, end), with the marks and hidden characters that follow it. */
export function originalSpan(f: Folded, original: string, start: number, end: number): [number, number] {
  let stop = f.to[end - 1]!
  while (stop < original.length) {
    const next = String.fromCodePoint(original.codePointAt(stop)!)
    if (!/\p{M}/u.test(next) && !dropped.test(next)) break
    stop += next.length
  }
  return [f.from[start]!, stop]
}
