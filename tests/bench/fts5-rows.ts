import type { Fts5Figures } from './fts5-peer'
import { fmt, fmtFigure, type Row } from './table'

/** FTS5's figures beside ours: the peer column only, since it is the design we would move to, not ours. */
export function fts5Rows(label: string, f: Fts5Figures, pages: number): Row[] {
  const row = (figure: string, peer: string): Row => ({
    area: 'search',
    figure: `${label} ${figure}`,
    ours: '—',
    peer,
    ratio: '—',
    target: '—',
    ok: null,
  })
  return [
    row('median / p95, with snippets', `${fmt(f.median, 2)} / ${fmt(f.p95, 2)} ms (SQLite FTS5)`),
    row('index build / open', `${fmtFigure(f.buildMs)} / ${fmtFigure(f.openMs)} ms (SQLite FTS5)`),
    row('index on disk per 1,000 pages', `${fmt((f.diskMb / pages) * 1000, 2)} MB (SQLite FTS5)`),
    row('memory added by open + queries (RSS)', `${fmtFigure(f.rssMb)} MB (SQLite FTS5)`),
  ]
}
