/**
 * Keeps the picture of the page the reader last showed, one per document, in
 * previews/<sha256>.json beside the PDF (shared/page-preview.ts says why). The picture
 * comes from the renderer, so it is checked again here: a WebP by its own header, and
 * a stored file that no longer parses is treated as no picture at all.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { PREVIEW_PREFIX, StoredPreviewFields, wantsSmallPicture, type PagePreview } from '@shared/page-preview'
import { ServiceError } from '@shared/result'
import { userMessage } from '@shared/user-message'
import type { DataPaths } from '../../paths'
import type { Store } from '../../store/store'
import { placeDurably } from '../../durable-write'
import { previewPath } from '../library/content-store'
import { getResource } from '../library/library'

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

/** The picture kept for the document, the smaller copy where there is one and the window is narrow enough. */
export async function readPagePreview(
  store: Store,
  paths: DataPaths,
  resourceId: string,
  windowWidth?: number,
): Promise<PagePreview | null> {
  const sha = getResource(store, resourceId).file?.sha256
  if (!sha) return null
  try {
    const parsed = StoredPreviewFields.safeParse(JSON.parse(await readFile(previewPath(paths, sha), 'utf8')))
    if (!parsed.success) return null
    const { small, ...preview } = parsed.data
    if (small && wantsSmallPicture(windowWidth) && isWebp(small)) return { ...preview, image: small }
    return isWebp(preview.image) ? preview : null
  } catch {
    return null
  }
}
