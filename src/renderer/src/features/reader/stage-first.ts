/**
 * The reader's first render after a click holds what places the page — its title, annotate bar
 * and toolbar, and the stage with the page's picture — and leaves out the side panel's contents,
 * the glossary look-up and pdf.js itself. Those follow once the picture is on screen (or once it
 * is known there is none), pdf.js at once and the rest in a transition that React renders in
 * slices. Drawn all at once, they held the picture's answer behind a 240 ms task; pdf.js loses
 * nothing by starting later, since the document's bytes, fetched from the click, arrive after the
 * picture anyway (tests/bench/README.md, session 17). The toolbar stays in the first render: left
 * out, its arrival moved the page wherever it wraps onto two rows.
 */
import { startTransition, useEffect, useState } from 'react'
import { PICTURE_WAIT_MS } from '@shared/page-preview'

/**
 * `settled`: the page is on screen, has no picture, or its picture took too long — pdf.js may start.
 * `full`: the rest of the reader is drawn (a transition started once `settled`).
 */
export function useStageFirst(pageSettled: boolean): { settled: boolean; full: boolean } {
  const [waited, setWaited] = useState(false)
  const [full, setFull] = useState(false)
  const settled = pageSettled || waited
  useEffect(() => {
    if (settled) return startTransition(() => setFull(true))
    const timer = setTimeout(() => setWaited(true), PICTURE_WAIT_MS)
    return () => clearTimeout(timer)
  }, [settled])
  return { settled, full }
}
