/**
 * The calls that say a facilitator is on the way to a document: the library, search, the reader
 * itself. They keep the picture thread warm (pdf/picture-thread.ts) — not the polls of the share
 * or a running scenario, which would keep its memory for as long as such a screen is open.
 */
const TOWARDS_A_DOCUMENT = ['library:', 'search:', 'reader:', 'annotations:']

export const leadsToReader = (channel: unknown): boolean =>
  typeof channel === 'string' && TOWARDS_A_DOCUMENT.some((area) => channel.startsWith(area))
