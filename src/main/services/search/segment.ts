/**
 * The settled part of the page index: every word's postings in one Uint32Array, the
 * same bytes as on disk, so loading is reading a file and noting where each word
 * starts — no parse of millions of numbers, no object per posting, and the postings
 * live outside the JS heap. Pages added since the last save sit in a small
 * FlexSearch index beside it (term-index.ts); a save merges both into a new segment.
 *
 * Layout, per word in `words` order: slot count, then for each slot its length and ids.
 */
import type { Postings } from './intersect'

/** More slots than FlexSearch's resolution would ever write: a sign of a damaged file. */
const MAX_SLOTS = 64

export class Segment {
  private constructor(
    readonly data: Uint32Array,
    readonly words: readonly string[],
    private readonly starts: Map<string, number>,
  ) {}

  static empty(): Segment {
    return new Segment(new Uint32Array(0), [], new Map())
  }

  /** null when the data does not walk cleanly to its end with exactly these words. */
  static open(data: Uint32Array, words: readonly string[]): Segment | null {
    const starts = new Map<string, number>()
    let at = 0
    for (const word of words) {
      if (at >= data.length || starts.has(word)) return null
      starts.set(word, at)
      const slots = data[at++]!
      if (slots > MAX_SLOTS) return null
      for (let s = 0; s < slots; s++) {
        if (at >= data.length) return null
        at += 1 + data[at]!
      }
    }
    return at === data.length ? new Segment(data, words, starts) : null
  }

  postings(word: string): Postings {
    let at = this.starts.get(word)
    if (at === undefined) return []
    const slots: Uint32Array[] = []
    for (let s = 0, count = this.data[at++]!; s < count; s++) {
      const length = this.data[at++]!
      slots.push(this.data.subarray(at, at + length))
      at += length
    }
    return slots
  }
}

/** A Uint32Array that doubles as it fills: a merge of millions of postings never holds them as JS numbers. */
class Writer {
  data = new Uint32Array(1 << 16)
  length = 0
  push(value: number): number {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.length] = value
    return this.length++
  }
}

/** A new segment holding, for every word, the ids of `parts` (in that order) that `keep` lets through. */
export function mergeSegment(
  words: Iterable<string>,
  parts: ((word: string) => Postings)[],
  keep: (id: number) => boolean,
): Segment {
  const out = new Writer()
  const kept: string[] = []
  for (const word of words) {
    const sources = parts.map((part) => part(word))
    const slotCount = Math.max(0, ...sources.map((s) => s.length))
    const head = out.push(slotCount)
    let any = false
    for (let y = 0; y < slotCount; y++) {
      const lengthAt = out.push(0)
      for (const source of sources) {
        const ids = source[y]
        if (!ids) continue
        for (let i = 0; i < ids.length; i++) if (keep(ids[i]!)) out.push(ids[i]!)
      }
      out.data[lengthAt] = out.length - lengthAt - 1
      any ||= out.data[lengthAt]! > 0
    }
    if (any) kept.push(word)
    else out.length = head
  }
  return Segment.open(out.data.slice(0, out.length), kept)!
}
