/**
 * A picture of the page a document opens at when none is kept: a search hit or a link
 * to a page the facilitator never left the document at. pdf.js needs 600–800 ms to read a
 * long manual before it paints such a page; the picture thread (pdf/picture-thread.ts),
 * kept warm, draws it in 60–150 ms, and the reader shows it in the page's place until
 * pdf.js has painted (issue #20: a first open of any page). It is JPEG, not kept: WebP took
 * 60–90 ms to encode against JPEG's 10–20, and the reader keeps its own picture of the page
 * it is left at.
 */
import { SMALL_PICTURE_WIDTH, wantsSmallPicture, type PagePreview } from '@shared/page-preview'
import type { DataPaths } from '../../paths'
import type { Store } from '../../store/store'
import { pdfPath } from '../library/content-store'
import type { PictureThread } from '../pdf/picture-thread'
import type { PictureRequest } from '../pdf/picture-worker'
import { PICTURE_WIDTH } from './first-page-pictures'

/**
 * Past this, the reader is answered "no picture": pdf.js has painted most pages by then, and a
 * picture asked behind a long background drawing is not drawn at all. A late picture costs
 * the reader nothing: its stage stops waiting for one at 350 ms (features/reader/stage-first.ts)
 * and shows it only if pdf.js has not painted yet.
 */
export const OPENING_DEADLINE_MS = 1_000
/** a page that takes longer ends its worker (PDFs are untrusted) */
const TIMEOUT_MS = 10_000
const QUALITY = 85

export const JPEG_PREFIX = 'data:image/jpeg;base64,'

const request = (path: string, page: number, width: number): PictureRequest => ({
  path,
  page,
  width,
  format: 'jpeg',
  quality: QUALITY,
})

export async function drawOpeningPicture(
  thread: PictureThread,
  path: string,
  page: number,
  windowWidth: number | undefined,
  deadlineMs = OPENING_DEADLINE_MS,
): Promise<PagePreview | null> {
  const width = wantsSmallPicture(windowWidth) ? SMALL_PICTURE_WIDTH : PICTURE_WIDTH
  const answer = await thread.draw(request(path, page, width), {
    timeoutMs: TIMEOUT_MS,
    urgent: true,
    deadlineMs,
  })
  if (answer.type === 'failed') return null
  const image = JPEG_PREFIX + Buffer.from(answer.image).toString('base64')
  return { page, width: answer.width, height: answer.height, fit: answer.fit, image }
}

/** The page a warmed picture thread draws first (picture-thread.ts, `warmUp`): where the last document read was left. */
export function warmUpPage(store: Store, paths: DataPaths): PictureRequest | null {
  const { readingStates, resources } = store.read()
  const last = readingStates.reduce<(typeof readingStates)[number] | null>(
    (latest, s) => (!latest || s.updatedAt > latest.updatedAt ? s : latest),
    null,
  )
  const file = last && resources.find((r) => r.id === last.resourceId)?.file
  return file && last.page <= file.pages ? request(pdfPath(paths, file.sha256), last.page, SMALL_PICTURE_WIDTH) : null
}
