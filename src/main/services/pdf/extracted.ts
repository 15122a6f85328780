/**
 * The border between a PDF and a library record. Everything the extraction worker took
 * from a file — page texts, title, author, subject, creation date, language, outline — is
 * whatever the file's producer wrote, and a file can say anything: an outline entry
 * pointing at page 99999 or 1e20, titles of thousands of characters with control and
 * bidi-override characters, an outline nested without end. Each value is checked here
 * with zod as the worker hands it over and brought within what the Resource schema and
 * the reader can use. Nothing is refused for being odd: the document itself is fine, so
 * an odd value is dropped (a target outside the document becomes "no target", the entry
 * and its children stay) or shortened (with an ellipsis, so it shows).
 */
import { z } from 'zod'
import type { OutlineItemT } from '@shared/model'
import type { Extracted } from './extract-types'
import { headingOf } from '../library/details/first-page'
import { readXmp } from '../library/details/xmp'

export const limits = { text: 300, subject: 1000, outlineDepth: 8, outlineEntries: 5000 }

const text = z.string().catch('')

const RawExtracted = z.object({
  pages: z.array(text),
  pageErrors: z.array(z.number().int().positive()).catch([]),
  title: text,
  author: text,
  subject: text,
  created: text,
  language: text,
  outline: z.array(z.unknown()).catch([]),
  xmp: text,
  firstPage: z
    .object({
      height: z.number().catch(0),
      runs: z
        .array(z.object({ str: z.string(), size: z.number(), x: z.number(), top: z.number(), width: z.number() }))
        .max(5000),
    })
    .catch({ height: 0, runs: [] }),
})

const PageChunk = z.object({
  from: z.number().int().positive(),
  texts: z.array(text),
  errors: z.array(z.number().int().positive()).catch([]),
})

/** A chunk of pages as a worker sends it while it extracts; null when it is not one. */
export function pageChunk(raw: unknown): z.infer<typeof PageChunk> | null {
  const parsed = PageChunk.safeParse(raw)
  return parsed.success ? parsed.data : null
}

/** One entry at a time, so a deep outline is walked with a budget rather than parsed recursively. */
const RawOutlineItem = z.object({
  title: text,
  page: z.number().nullable().catch(null),
  items: z.array(z.unknown()).catch([]),
})

const invisible =
  /[\p{Cc}\u202a-\u202e\u2066-\u2069\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu

/** Text from a file: no control, bidi-override or broken characters, spaces collapsed, at most `max` long. */
export function cleanText(value: string, max = limits.text): string {
  const plain = value.replace(invisible, ' ').replace(/\s+/g, ' ').trim()
  if (plain.length <= max) return plain
  const cut = plain.slice(0, max - 1).replace(/[\ud800-\udbff]$/, '')
  return `${cut.trimEnd()}…`
}

/** The primary language subtag of /Lang ("en-GB" → "en"), or nothing. */
export const languageOf = (lang: string): string => /^\s*([a-z]{2,3})(?![a-z])/i.exec(lang)?.[1]?.toLowerCase() ?? ''

/** The year of a PDF date ("D:2014…"), when it is one a document could have. */
export function yearOf(date: string): number | null {
  const year = Number(/^\s*(?:D:)?(\d{4})/.exec(date)?.[1])
  return year >= 1900 && year <= 2100 ? year : null
}

const pageIn = (page: number | null, pages: number): number | null =>
  page !== null && Number.isSafeInteger(page) && page >= 1 && page <= pages ? page : null

function outlineOf(raw: unknown[], pages: number): OutlineItemT[] {
  let budget = limits.outlineEntries
  const walk = (items: unknown[], depth: number): OutlineItemT[] => {
    const out: OutlineItemT[] = []
    for (const item of items) {
      if (budget <= 0) break
      const parsed = RawOutlineItem.safeParse(item)
      if (!parsed.success) continue
      budget--
      const entry = {
        title: cleanText(parsed.data.title),
        page: pageIn(parsed.data.page, pages),
        items: depth < limits.outlineDepth ? walk(parsed.data.items, depth + 1) : [],
      }
      if (entry.title || entry.page !== null || entry.items.length) out.push(entry)
    }
    return out
  }
  return walk(raw, 1)
}

/** The worker's answer, checked; null when it is not an extraction at all. */
export function fromWorker(raw: unknown): Extracted | null {
  const parsed = RawExtracted.safeParse(raw)
  if (!parsed.success) return null
  const { pages, pageErrors, title, author, subject, created, language, outline, xmp, firstPage } = parsed.data
  const fromXmp = readXmp(xmp)
  return {
    pages,
    pageErrors: pageErrors.filter((n) => n <= pages.length),
    title: cleanText(title),
    author: cleanText(author),
    subject: cleanText(subject, limits.subject),
    year: yearOf(created),
    language: languageOf(cleanText(language)),
    outline: outlineOf(outline, pages.length),
    xmp: {
      title: cleanText(fromXmp.title),
      creators: fromXmp.creators.map((c) => cleanText(c)).filter(Boolean),
      language: cleanText(fromXmp.language),
      created: cleanText(fromXmp.created),
    },
    heading: cleanText(headingOf(firstPage.runs, firstPage.height)),
  }
}
