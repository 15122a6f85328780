/**
 * A new record's title, authors, year and language, each from the best place the file
 * offers: what the author set (the Info dictionary, then XMP), then what the first page
 * prints, and only then the file's name. A metadata title that is junk (see junk.ts) counts
 * as none. The language falls back to a guess from the text.
 */
import { basename } from 'node:path'
import type { Extracted } from '../../pdf/extract-types'
import { cleanText, languageOf, yearOf } from '../../pdf/extracted'
import { isJunkTitle } from './junk'
import { yearPrinted } from './first-page'
import { guessLanguage } from './language'

export interface ImportDetails {
  title: string
  authors: string[]
  year: number | null
  language: string
  /** where the title came from: the file's metadata, its first page, or its name */
  titleFrom: 'metadata' | 'first-page' | 'file-name'
}

export const titleFromName = (name: string) =>
  cleanText(
    basename(name)
      .replace(/\.pdf$/i, '')
      .replace(/[_-]+/g, ' '),
  ) || 'Untitled PDF'

/** "A; B", "A and B", "A & B" name two people; "Peter Wilson, maintained by …" stays one. */
export function splitAuthors(author: string): string[] {
  return author
    .split(/\s*;\s*|\s+(?:and|&|et)\s+/)
    .map((a) => cleanText(a))
    .filter((a) => a && !isJunkAuthor(a))
    .slice(0, 20)
}

const isJunkAuthor = (a: string) => /^(user|admin|administrator|owner|unknown|author|compaq|hp|dell|ibm)$/i.test(a)

function titleOf(name: string, ex: Extracted): Pick<ImportDetails, 'title' | 'titleFrom'> {
  for (const title of [ex.title, ex.xmp.title])
    if (title && !isJunkTitle(title, name)) return { title, titleFrom: 'metadata' }
  if (ex.heading && !isJunkTitle(ex.heading, name)) return { title: ex.heading, titleFrom: 'first-page' }
  return { title: titleFromName(name), titleFrom: 'file-name' }
}

export function detailsFor(name: string, ex: Extracted): ImportDetails {
  const authors = ex.author ? splitAuthors(ex.author) : []
  return {
    ...titleOf(name, ex),
    authors: authors.length ? authors : ex.xmp.creators.flatMap(splitAuthors),
    year: ex.year ?? yearOf(ex.xmp.created) ?? yearPrinted(ex.pages[0] ?? ''),
    language: ex.language || languageOf(ex.xmp.language) || guessLanguage(ex.pages.slice(0, 5).join('\n')),
  }
}
