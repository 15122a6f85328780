/**
 * A picture of the page a document opens at. pdf.js needs most of a second to parse a long
 * manual before it can draw a page; the reader shows this picture at once, in the page's
 * place and at its size, and the live page replaces it (issue #20: the reader's cold open).
 * The page where the facilitator left a document is kept (made by the reader from its own
 * canvas; page 1 drawn by the main side after an import), beside the PDF, never backed up or
 * shared; any other page is drawn by the main side as the document opens, and not kept
 * (services/reader/opening-picture.ts).
 */
import { z } from 'zod'

/** the longest the reader's stage waits for a picture, and a library file for a picture being answered */
export const PICTURE_WAIT_MS = 350

/** a WebP of about 1,600 × 2,100 pixels at the quality used is far below this */
export const PREVIEW_MAX_CHARS = 3_000_000

export const PREVIEW_PREFIX = 'data:image/webp;base64,'

const webpImage = z
  .string()
  .max(PREVIEW_MAX_CHARS)
  .refine((s) => s.startsWith(PREVIEW_PREFIX) && /^[A-Za-z0-9+/]+={0,2}$/.test(s.slice(PREVIEW_PREFIX.length)), {
    message: 'not a WebP picture',
  })

export const PagePreviewFields = z
  .object({
    page: z.number().int().positive(),
    /** the page's size in CSS pixels at 100% (pdf.js: points × 96/72), so it is drawn at any zoom */
    width: z.number().positive().max(20_000),
    height: z.number().positive().max(20_000),
    /** page 1's size the same way: pdf.js fits a zoom ('page-width', 'page-fit', 'auto') to page 1 */
    fit: z.object({ width: z.number().positive().max(20_000), height: z.number().positive().max(20_000) }).strict(),
    image: webpImage,
  })
  .strict()

export type PagePreview = z.infer<typeof PagePreviewFields>

/**
 * The page-1 picture drawn after an import is kept twice: 1,200 px wide, and 800 px for the
 * windows where the page is drawn at most about that wide (most laptops at 100%). The frame
 * that first shows the picture decodes it, and a 1,200 px WebP took 50–75 ms of it on two
 * cores; the smaller one has 0.44× the pixels (cold open of pgfmanual p.1, median of 8 probes:
 * ≈ 330 → 285 ms). The reader's own picture of the page left has one size, its canvas's.
 */
export const SMALL_PICTURE_WIDTH = 800
/** a window at most this many device pixels wide is shown the smaller picture */
export const SMALL_PICTURE_WINDOW = 1500

export const wantsSmallPicture = (windowWidth: number | undefined): boolean =>
  windowWidth !== undefined && windowWidth <= SMALL_PICTURE_WINDOW

/** a picture as kept in previews/<sha256>.json */
export const StoredPreviewFields = PagePreviewFields.extend({ small: webpImage.optional() }).strict()

export type StoredPreview = z.infer<typeof StoredPreviewFields>
