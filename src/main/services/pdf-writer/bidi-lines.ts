/**
 * How one paragraph of a printout becomes lines of glyph runs, in any mix of Arabic and Latin.
 * The paragraph's direction is that of its first strong letter, as a browser's dir="auto" (so
 * an English definition inside an Arabic handout keeps its full stop at its end), or the
 * printout's when it has none. bidi-js (the Unicode Bidirectional Algorithm, UAX #9) gives each
 * character its level; linebreak (UAX #14) says where a line may end; lines are filled greedily
 * with widths measured by the real fonts. Each line is then put in visual order (rule L2),
 * mirrored characters swapped, and cut into runs of one font and one level, to draw left to right.
 *
 * fontkit shapes Arabic (joining forms, lam-alef) and hands an Arabic run back right to left
 * by itself, deciding by the run's script; a run whose order it would get wrong (neutrals at an
 * odd level, Arabic-Indic digits at an even one) is handed over already reversed.
 */
import bidiFactory, { type EmbeddingLevels } from 'bidi-js'
import LineBreaker from 'linebreak'

const bidi = bidiFactory()

export type Direction = 'ltr' | 'rtl'

export interface Run<F> {
  /** as handed to pdfkit: logical order, or reversed where the shaper would reverse it wrongly */
  text: string
  font: F
  width: number
  /** a right-to-left run, which the shaper must lay out whole: its words change order */
  rtl: boolean
}

export interface Line<F> {
  runs: Run<F>[]
  width: number
}

export interface Measure<F> {
  /** `at`: the character's index in the paragraph, for text styled by stretches (bold, italic) */
  fontFor(char: string, rightToLeft: boolean, at: number): F
  width(text: string, font: F): number
}

/** A printout's own direction, from its language. */
export const directionOf = (language: string): Direction => (/^(ar|he|fa|ur)\b/.test(language) ? 'rtl' : 'ltr')

/** The direction of the first strong letter, else `fallback`. */
export function paragraphDirection(text: string, fallback: Direction): Direction {
  for (const ch of text) {
    const type = bidi.getBidiCharTypeName(ch)
    if (type === 'L') return 'ltr'
    if (type === 'R' || type === 'AL') return 'rtl'
  }
  return fallback
}

/** fontkit reverses a run when its first character of a real script belongs to a right-to-left script. */
const shaperReverses = (text: string) =>
  /^[\p{Script=Common}\p{Script=Inherited}]*[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u.test(
    text,
  )

const reversed = (text: string) => [...text].reverse().join('')

/** Logical ranges [start, end) of consecutive characters drawn with one font at one level. */
function fontRanges<F>(text: string, levels: Uint8Array, start: number, end: number, measure: Measure<F>) {
  const ranges: { start: number; end: number; font: F; level: number }[] = []
  for (let i = start; i < end; i++) {
    const font = measure.fontFor(text[i]!, (levels[i]! & 1) === 1, i)
    const last = ranges.at(-1)
    if (last && last.font === font && last.level === levels[i]) last.end = i + 1
    else ranges.push({ start: i, end: i + 1, font, level: levels[i]! })
  }
  return ranges
}

function widthOf<F>(text: string, levels: Uint8Array, start: number, end: number, measure: Measure<F>): number {
  return fontRanges(text, levels, start, end, measure).reduce(
    (sum, r) => sum + measure.width(text.slice(r.start, r.end), r.font),
    0,
  )
}

const trimEnd = (text: string, start: number, end: number) => {
  while (end > start && /\s/u.test(text[end - 1]!)) end--
  return end
}

/**
 * [start, end) of each line, breaking where UAX #14 allows, or inside a word too long for a
 * line. Each segment between two break opportunities is measured once: a line's width is
 * the sum of its segments, and only a word that alone overflows is measured letter by letter.
 */
function breakLines<F>(text: string, levels: Uint8Array, maxWidth: number, measure: Measure<F>): [number, number][] {
  const lines: [number, number][] = []
  const breaker = new LineBreaker(text)
  const width = (from: number, to: number) => widthOf(text, levels, from, to, measure)
  let lineStart = 0
  let lineWidth = 0
  let last = 0
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const inked = width(last, trimEnd(text, last, bk.position))
    const spaces = width(trimEnd(text, last, bk.position), bk.position)
    if (lineWidth + inked > maxWidth && last > lineStart) {
      lines.push([lineStart, last])
      lineStart = last
      lineWidth = 0
    }
    if (lineWidth + inked > maxWidth) {
      const [rest, restWidth] = cutLongWord(last, bk.position, inked)
      lineStart = rest
      lineWidth = restWidth + spaces
    } else lineWidth += inked + spaces
    last = bk.position
    if (bk.required) {
      lines.push([lineStart, last])
      lineStart = last
      lineWidth = 0
    }
  }
  if (last > lineStart) lines.push([lineStart, last])
  return lines

  /** A word wider than a line, alone on its line from `from`: whole lines of its letters, and what is left. */
  function cutLongWord(from: number, wordEnd: number, inked: number): [number, number] {
    let rest = from
    let restWidth = inked
    while (restWidth > maxWidth) {
      let cut = rest + 1
      while (cut < wordEnd && width(rest, cut + 1) <= maxWidth) cut++
      lines.push([rest, cut])
      rest = cut
      restWidth = width(rest, trimEnd(text, rest, wordEnd))
    }
    return [rest, restWidth]
  }
}

/** One line's runs in visual order, left to right. */
function visualRuns<F>(text: string, embedding: EmbeddingLevels, start: number, end: number, measure: Measure<F>) {
  // bidi-js answers the order of the whole paragraph, reordered within the line's range
  const order = bidi.getReorderedIndices(text, embedding, start, end - 1).slice(start, end)
  const mirrored = bidi.getMirroredCharactersMap(text, embedding.levels, start, end - 1)
  const { levels } = embedding
  const runs: Run<F>[] = []
  let group: number[] = []
  const flush = () => {
    if (!group.length) return
    const from = Math.min(...group)
    const to = Math.max(...group)
    const rtl = (levels[from]! & 1) === 1
    let logical = ''
    for (let i = from; i <= to; i++) logical += mirrored.get(i) ?? text[i]
    const font = measure.fontFor(text[from]!, rtl, from)
    // a right-to-left run goes word by word, last word first, so each word is laid out once
    for (const piece of rtl ? logical.split(/( +)/).filter(Boolean).reverse() : [logical]) {
      const drawn = rtl === shaperReverses(piece) ? piece : reversed(piece)
      runs.push({ text: drawn, font, width: measure.width(piece, font), rtl })
    }
    group = []
  }
  for (const i of order) {
    const prev = group.at(-1)
    const rtl = (levels[i]! & 1) === 1
    const joins =
      prev !== undefined &&
      levels[prev] === levels[i] &&
      i === prev + (rtl ? -1 : 1) &&
      measure.fontFor(text[prev]!, rtl, prev) === measure.fontFor(text[i]!, rtl, i)
    if (!joins) flush()
    group.push(i)
  }
  flush()
  return runs
}

/** The paragraph's lines, each no wider than `maxWidth` (unless one character is). */
export function layoutParagraph<F>(
  text: string,
  direction: Direction,
  maxWidth: number,
  measure: Measure<F>,
): Line<F>[] {
  const embedding = bidi.getEmbeddingLevels(text, direction)
  return breakLines(text, embedding.levels, maxWidth, measure).map(([start, end]) => {
    const runs = visualRuns(text, embedding, start, trimEnd(text, start, end), measure)
    return { runs, width: runs.reduce((sum, r) => sum + r.width, 0) }
  })
}
