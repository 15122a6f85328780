/**
 * The lists and limits the records' schemas (model.ts) are built from, without zod: the
 * renderer's first screen offers these choices without loading any schema.
 */
export const resourceKinds = [
  'document',
  'guide',
  'handbook',
  'manual',
  'toolbox',
  'glossary',
  'background-note',
  'case-study',
  'report',
  'principles',
] as const

export const annotationColors = ['yellow', 'green', 'blue', 'pink', 'orange'] as const

export const languages = ['en', 'fr', 'ar'] as const
export type Language = (typeof languages)[number]
/** Arabic is written right to left: the interface mirrors (html dir, Radix's direction). */
export const textDirection = (language: string): 'ltr' | 'rtl' => (language === 'ar' ? 'rtl' : 'ltr')
export const READER_PANEL_MIN = 180
export const READER_PANEL_MAX = 640
export const SCREEN_TEXT_MIN = 75
export const SCREEN_TEXT_MAX = 250
