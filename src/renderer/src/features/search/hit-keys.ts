/**
 * Arrow keys between the search box and its hits: ↓ from the box goes to the first hit;
 * ↑ ↓ Home End move among the hits; ↑ from the first hit, or Escape, goes back to the box.
 * The hits stay links (Enter opens one as a click does); one of them at a time is in the
 * Tab order (a roving tabindex), so Tab leaves a long result list in one step.
 */
import { useState, type KeyboardEvent, type RefObject } from 'react'

export type HitMove = { to: 'box' } | { to: 'hit'; index: number } | null

export function moveFrom(from: number | 'box', key: string, count: number): HitMove {
  if (count === 0) return null
  if (from === 'box') return key === 'ArrowDown' ? { to: 'hit', index: 0 } : null
  if (key === 'Escape' || (key === 'ArrowUp' && from === 0)) return { to: 'box' }
  if (key === 'ArrowUp') return { to: 'hit', index: from - 1 }
  if (key === 'ArrowDown') return { to: 'hit', index: Math.min(from + 1, count - 1) }
  if (key === 'Home') return { to: 'hit', index: 0 }
  if (key === 'End') return { to: 'hit', index: count - 1 }
  return null
}

const hitsIn = (list: HTMLElement | null) => [...(list?.querySelectorAll<HTMLAnchorElement>('a[data-hit]') ?? [])]

/** `results` changes when a new answer is shown: the first hit is then the one in the Tab order again. */
export function useHitKeys(
  box: RefObject<HTMLInputElement | null>,
  list: RefObject<HTMLElement | null>,
  results: unknown,
) {
  const [state, setState] = useState({ of: results, index: 0 })
  const active = state.of === results ? state.index : 0
  const setActive = (index: number) => setState({ of: results, index })
  const go = (move: HitMove) => {
    if (!move) return false
    if (move.to === 'box') box.current?.focus()
    else {
      setActive(move.index)
      hitsIn(list.current)[move.index]?.focus()
    }
    return true
  }
  const onBoxKey = (e: KeyboardEvent) => {
    if (!e.altKey && !e.ctrlKey && !e.metaKey && go(moveFrom('box', e.key, hitsIn(list.current).length)))
      e.preventDefault()
  }
  const onListKey = (e: KeyboardEvent) => {
    const hits = hitsIn(list.current)
    const at = hits.indexOf(e.target as HTMLAnchorElement)
    if (at >= 0 && !e.altKey && !e.ctrlKey && !e.metaKey && go(moveFrom(at, e.key, hits.length))) e.preventDefault()
  }
  const onListFocus = (e: { target: EventTarget }) => {
    const at = hitsIn(list.current).indexOf(e.target as HTMLAnchorElement)
    if (at >= 0) setActive(at)
  }
  return { active, onBoxKey, onListKey, onListFocus }
}
