/**
 * A picture of the page where the facilitator left a document. pdf.js needs most of a
 * second to parse a long manual before it can draw a page; the reader shows this
 * picture at once, in the page's place and at its size, and the live page replaces it
 * (issue #20: the reader's cold open). It is derived data: made by the reader from its
 * own canvas, kept beside the PDF, never backed up or shared.
 */
import { z } from 'zod'

/** a WebP of about 1,600 × 2,100 pixels at the quality used is far below this */
export const PREVIEW_MAX_CHARS = 3_000_000

export const PREVIEW_PREFIX = 'data:image/webp;base64,'

export const PagePreviewFields = z
  .object({
    page: z.number().int().positive(),
    /** the page's size in CSS pixels at 100% (pdf.js: points × 96/72), so it is drawn at any zoom */
    width: z.number().positive().max(20_000),
    height: z.number().positive().max(20_000),
    /** page 1's size the same way: pdf.js fits a zoom ('page-width', 'page-fit', 'auto') to page 1 */
    fit: z.object({ width: z.number().positive().max(20_000), height: z.number().positive().max(20_000) }).strict(),
    image: z
      .string()
      .max(PREVIEW_MAX_CHARS)
      .refine((s) => s.startsWith(PREVIEW_PREFIX) && /^[A-Za-z0-9+/]+={0,2}$/.test(s.slice(PREVIEW_PREFIX.length)), {
        message: 'not a WebP picture',
      }),
  })
  .strict()

export type PagePreview = z.infer<typeof PagePreviewFields>
