/**
 * The import's other corpora (issue #20): one very large PDF and many small ones, made
 * from the shared corpus with poppler's own tools, so every machine that has pdftotext
 * builds the same files.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const has = (tool: string) => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** The two largest corpus manuals joined into one (pdfunite): over 2,000 pages. */
export async function largeCorpus(corpusFiles: string[]): Promise<string[] | null> {
  const largest = corpusFiles.filter((f) => /12-pgfmanual|11-octave/.test(f))
  if (largest.length !== 2 || !has('pdfunite')) return null
  const out = join(await mkdtemp(join(tmpdir(), 'tc-large-')), 'pgf-and-octave.pdf')
  execFileSync('pdfunite', [...largest, out])
  return [out]
}

/** 200 one-page PDFs: the first 200 pages of the gnuplot manual, each its own file (pdfseparate). */
export async function smallCorpus(corpusFiles: string[]): Promise<string[] | null> {
  const source = corpusFiles.find((f) => f.includes('08-gnuplot'))
  if (!source || !has('pdfseparate')) return null
  const dir = await mkdtemp(join(tmpdir(), 'tc-small-'))
  execFileSync('pdfseparate', ['-f', '1', '-l', '200', source, join(dir, 'page-%d.pdf')])
  return (await readdir(dir)).map((f) => join(dir, f))
}

/** A word of page `page` found on as few other pages as possible (pdftotext's text), for a search to wait for. */
export function rareWordOn(file: string, page: number): string {
  const text = (from?: number) =>
    execFileSync('pdftotext', [...(from ? ['-f', String(from), '-l', String(from)] : []), '-q', file, '-'], {
      maxBuffer: 1 << 28,
    }).toString()
  const all = text().toLowerCase()
  const words = [
    ...new Set(
      text(page)
        .toLowerCase()
        .match(/\b[a-z]{7,}\b/g) ?? [],
    ),
  ]
  const count = (w: string) => all.split(w).length - 1
  return words.sort((a, b) => count(a) - count(b))[0] ?? 'the'
}
