/** A single `bytes=a-b` range, the only kind pdf.js sends. Anything else means "whole file". */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null
  if (!match) return null
  const [, a = '', b = ''] = match
  if (a === '' && b === '') return null
  let start: number
  let end: number
  if (a === '') {
    start = Math.max(0, size - Number(b))
    end = size - 1
  } else {
    start = Number(a)
    end = b === '' ? size - 1 : Math.min(Number(b), size - 1)
  }
  if (start > end || start >= size) return 'unsatisfiable'
  return { start, end }
}
