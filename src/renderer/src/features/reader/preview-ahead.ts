/**
 * The picture of the page a document opens at (shared/page-preview.ts), asked for
 * ahead: the reader page asks as soon as it knows the document, before the
 * reader's own first render, so the picture is ready when the stage is first drawn.
 * Kept apart from pdf.js, like pdf-files.ts, so asking costs nothing of the reader's code.
 */
import type { PagePreview } from '@shared/page-preview'
import { call } from '../../api/api'
import { tracked } from './settled'

/** the picture once asked for; null where there is none */
export type PreviewAhead = Promise<PagePreview | null>

/**
 * Not decoded here: a data: URL loads at once, and the frame that shows it decodes it off this
 * thread; waiting for `decode()` here put the picture behind whatever the reader's thread did next.
 */
const ask = (resourceId: string, page: number | undefined): Promise<PagePreview | null> => {
  // a hidden window may measure 0: it says nothing then, and is given the larger picture
  const windowWidth = Math.round(innerWidth * devicePixelRatio) || undefined
  return call('reader:getPreview', { resourceId, windowWidth, page }).catch(() => null)
}

/**
 * The answer asked for the document on screen, at the page asked (none: where it was left);
 * `taken` once a reader has it (a reader opened again asks afresh).
 */
let held: { resourceId: string; page: number | undefined; ahead: PreviewAhead; taken: boolean } | null = null

const isHeld = (resourceId: string, page: number | undefined) => held?.resourceId === resourceId && held.page === page

function hold(resourceId: string, page: number | undefined, taken: boolean): PreviewAhead {
  const ahead = tracked(ask(resourceId, page))
  held = { resourceId, page, ahead, taken }
  return ahead
}

/** Asks for the picture now; asking again for the same page while it is on screen asks nothing. */
export function askPreviewAhead(resourceId: string, page: number | undefined): void {
  if (!isHeld(resourceId, page)) hold(resourceId, page, false)
}

/** The answer asked ahead for this page, handed over once; asked now if it was not (or was taken). */
export function takePreviewAhead(resourceId: string, page: number | undefined): PreviewAhead {
  if (!isHeld(resourceId, page) || held!.taken) return hold(resourceId, page, true)
  held!.taken = true
  return held!.ahead
}

/** The reader page left this document. */
export function dropPreviewAhead(resourceId: string | undefined): void {
  if (held?.resourceId === resourceId) held = null
}
