/**
 * A block's readings point at any library item: a PDF at a page (or its start), or a
 * record whose PDF is not in the library (then no page). A page past the document's last
 * is refused, by the field as it is typed and by the main side as it is saved.
 */
import type { Resource } from './model'
import { userMessage, type UserMessage } from './user-message'
import type { Block } from './workshop'

export type Reading = Block['links'][number]

/** What is wrong with a reading of `resource` (null: nothing, or the resource is not known here). */
export function readingProblem(
  link: Pick<Reading, 'page'>,
  resource: Pick<Resource, 'title' | 'file'> | undefined,
): UserMessage | null {
  if (!resource || link.page === null) return null
  if (!resource.file) return userMessage('page-without-file', { title: resource.title })
  if (link.page > resource.file.pages)
    return userMessage('page-beyond-end', { title: resource.title, page: link.page, pages: resource.file.pages })
  return null
}
