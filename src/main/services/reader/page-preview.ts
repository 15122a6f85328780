/**
 * Keeps the picture of the page the reader last showed, one per document, in
 * previews/<sha256>.json beside the PDF (shared/page-preview.ts says why). The picture
 * comes from the renderer, so it is checked again here: a WebP by its own header, and
 * a stored file that no longer parses is treated as no picture at all. A document opening
 * at a page no picture is kept of gets one drawn there and then (opening-picture.ts).
 */
import { readFile, writeFile } from 'node:fs/promises'
import { PREVIEW_PREFIX, StoredPreviewFields, wantsSmallPicture, type PagePreview } from '@shared/page-preview'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import type { DataPaths } from '../../paths'
import type { Store } from '../../store/store'
import { placeDurably } from '../../durable-write'
import { pdfPath, previewPath } from '../library/content-store'
import { getResource } from '../library/library'
import type { PictureThread } from '../pdf/picture-thread'
import { drawOpeningPicture } from './opening-picture'
import { getReadingState } from './reading-state'

/** RIFF, a length, then WEBP: the first 12 bytes of every WebP file */
export function isWebp(image: string): boolean {
  const head = Buffer.from(image.slice(PREVIEW_PREFIX.length, PREVIEW_PREFIX.length + 16), 'base64')
  return head.length >= 12 && head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP'
}

export async function savePagePreview(
  store: Store,
  paths: DataPaths,
  resourceId: string,
  preview: PagePreview,
): Promise<void> {
  const file = getResource(store, resourceId).file
  if (!file || preview.page > file.pages || !isWebp(preview.image))
    throw new ServiceError('invalid-input', userMessage('preview-refused'))
  // a cache: a crash leaves the old picture or the new one, never half of one
  await placeDurably(previewPath(paths, file.sha256), (temp) => writeFile(temp, JSON.stringify(preview)))
}

/** The kept file as JSON, unchecked; null where there is none or it does not parse. */
async function readKept(paths: DataPaths, sha: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(previewPath(paths, sha), 'utf8')) as unknown
  } catch {
    return null
  }
}

/** The kept picture if it is one, the smaller copy where there is one and the window is narrow enough. */
function keptPreview(kept: unknown, windowWidth?: number): PagePreview | null {
  const parsed = StoredPreviewFields.safeParse(kept)
  if (!parsed.success) return null
  const { small, ...preview } = parsed.data
  if (small && wantsSmallPicture(windowWidth) && isWebp(small)) return { ...preview, image: small }
  return isWebp(preview.image) ? preview : null
}

/** the page a kept file says it is of, read before checking its pictures (that takes longer, and waits the reader) */
const keptPage = (kept: unknown): unknown => (kept as { page?: unknown } | null)?.page

export interface PreviewAsked {
  /** the window's width in device pixels: a narrow one is given a smaller picture */
  windowWidth?: number
  /** the page the reader opens at; where the facilitator left the document when not given */
  page?: number
}

/**
 * The picture of the page the document opens at: the one kept if it is of that page, else
 * one drawn now by `thread` (none without it, or when it is not drawn in time). A kept
 * picture of another page is answered as it is (the reader shows a picture only of its page).
 */
export async function readPagePreview(
  store: Store,
  paths: DataPaths,
  resourceId: string,
  asked: PreviewAsked = {},
  thread?: PictureThread | null,
  deadlineMs?: number,
): Promise<PagePreview | null> {
  const file = getResource(store, resourceId).file
  if (!file) return null
  const kept = await readKept(paths, file.sha256)
  const page = asked.page ?? getReadingState(store, resourceId)?.page ?? 1
  const ofThisPage = keptPage(kept) === page ? keptPreview(kept, asked.windowWidth) : null
  const drawn =
    !ofThisPage && thread && page <= file.pages
      ? await drawOpeningPicture(thread, pdfPath(paths, file.sha256), page, asked.windowWidth, deadlineMs)
      : null
  return ofThisPage ?? drawn ?? keptPreview(kept, asked.windowWidth)
}
