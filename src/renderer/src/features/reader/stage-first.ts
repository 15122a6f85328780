/**
 * The reader's first frame holds only what places the page: its title, the toolbar's room and the
 * stage with the page's picture. The toolbar, the annotate bar, the side panel's contents and pdf.js
 * itself follow once that picture is on screen (or once it is known there is none), in a
 * transition that React renders in slices. Drawn all at once, they held the picture's answer
 * behind a 150–250 ms task; pdf.js loses nothing by starting later, since the document's bytes,
 * fetched from the click, arrive after the picture anyway (tests/bench/README.md, session 17).
 */
import { startTransition, useEffect, useState } from 'react'

/** the longest the rest of the reader waits for a picture that is slow to come */
const PICTURE_WAIT_MS = 350

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
