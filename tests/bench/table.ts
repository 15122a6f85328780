export interface Row {
  area: string
  figure: string
  ours: string
  peer: string
  ratio: string
  target: string
  ok: boolean | null
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a')

/** as many decimals as the figure's size warrants: 595 ms, 96.4 ms, 3.65 ms */
export const fmtFigure = (n: number) => fmt(n, Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2)

export function printTable(rows: Row[]): string {
  const head = ['area', 'figure', 'ours', 'peer (same run)', 'ratio', 'target', 'met']
  const body = rows.map((r) => [
    r.area,
    r.figure,
    r.ours,
    r.peer,
    r.ratio,
    r.target,
    r.ok === null ? '—' : r.ok ? 'yes' : 'NO',
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n')
}
