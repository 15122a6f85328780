/**
 * The title as printed: the largest text near the top of page 1. pdf.js gives the page's
 * text as runs with a position and a size; runs at the same height make a line, and the
 * heading is the topmost line set in (nearly) the largest size, with the lines right under it in
 * such a size (a title set over two or three lines); a logo drawn larger further down
 * does not win over it. Runs drawn twice at the same place
 * (a shadow, an outline effect) count once.
 */
export interface TextRun {
  str: string
  /** font size on the page, in points */
  size: number
  x: number
  /** distance of the baseline from the top of the page */
  top: number
  width: number
}

/** Where "near the top" ends, as a share of the page's height. */
const TOP_SHARE = 0.7
/** Text at least this share of the largest size on the page counts as heading-sized. */
const LARGE = 0.8
const MAX_LINES = 4
/** How much larger than the body text a heading is set. */
const STAND_OUT = 1.25
/** Points from which text alone on a page reads as a title. */
const DISPLAY_SIZE = 16

interface Line {
  top: number
  size: number
  runs: TextRun[]
}

function linesOf(runs: TextRun[]): Line[] {
  const lines: Line[] = []
  for (const run of [...runs].sort((a, b) => a.top - b.top)) {
    const line = lines.find((l) => Math.abs(l.top - run.top) <= Math.min(l.size, run.size) * 0.4)
    if (line) {
      line.runs.push(run)
      line.size = Math.max(line.size, run.size)
    } else lines.push({ top: run.top, size: run.size, runs: [run] })
  }
  return lines.sort((a, b) => a.top - b.top)
}

/** A run drawn again a little off its place (a shadow, an outline effect) is one run. */
const isEcho = (a: TextRun, b: TextRun) =>
  a.str === b.str && Math.abs(a.x - b.x) < a.size * 0.3 && Math.abs(a.top - b.top) < a.size * 0.6

/** A line's text left to right: runs that touch are one word, runs apart get a space. */
function textOf(runs: TextRun[]): string {
  let text = ''
  let end = -Infinity
  for (const run of [...runs].sort((a, b) => a.x - b.x)) {
    if (text && run.x - end > run.size * 0.15 && !text.endsWith(' ') && !run.str.startsWith(' ')) text += ' '
    text += run.str
    end = Math.max(end, run.x + run.width)
  }
  return text.replace(/\s+/g, ' ').trim()
}

const hasWords = (text: string) => [...text.replace(/[^\p{L}]/gu, '')].length >= 3

/** The size most of the page's characters are set in: its body text. */
function bodySize(runs: TextRun[]): number {
  const chars = new Map<number, number>()
  for (const r of runs) chars.set(Math.round(r.size), (chars.get(Math.round(r.size)) ?? 0) + r.str.length)
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
}

/**
 * A heading stands out from the body text; a title page with nothing but its title (all
 * one size) counts when that size is a display size.
 */
function headingSize(largest: number, runs: TextRun[]): number | null {
  const body = bodySize(runs)
  if (largest >= body * STAND_OUT) return Math.max(largest * LARGE, body * STAND_OUT)
  return largest >= DISPLAY_SIZE && runs.reduce((n, r) => n + r.str.length, 0) < 300 ? largest * LARGE : null
}

/** The heading of a first page, or '' when the page has no text that looks like one. */
export function headingOf(runs: TextRun[], pageHeight: number): string {
  const near = runs.filter(
    (r) => r.str.trim() && r.size > 0 && r.top >= 0 && (!(pageHeight > 0) || r.top <= pageHeight * TOP_SHARE),
  )
  const lines = linesOf(near).filter((l) => hasWords(l.runs.map((r) => r.str).join('')))
  if (!lines.length) return ''
  const largest = Math.max(...lines.map((l) => l.size))
  const large = headingSize(largest, runs)
  if (large === null) return ''
  const start = lines.findIndex((l) => l.size >= large)
  const picked = [lines[start]!]
  for (const line of lines.slice(start + 1)) {
    const previous = picked.at(-1)!
    if (picked.length >= MAX_LINES || line.size < large || line.top - previous.top > line.size * 2) break
    picked.push(line)
  }
  const seen: TextRun[] = []
  const texts = picked.map((line) => {
    const own: TextRun[] = []
    for (const r of line.runs)
      if (r.size >= large && !seen.some((s) => isEcho(r, s))) {
        own.push(r)
        seen.push(r)
      }
    return textOf(own)
  })
  const text = texts.filter(Boolean).join(' ')
  return hasWords(text) ? text : ''
}

/** A year printed near the start of a text (a title page's date), when one looks like a publication year. */
export function yearPrinted(text: string): number | null {
  const match = /(?<![\d.,/-])(19[5-9]\d|20[0-4]\d)(?![\d.,/]\d)/.exec(text.slice(0, 3000))
  return match ? Number(match[1]) : null
}
