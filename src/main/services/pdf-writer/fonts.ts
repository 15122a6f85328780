/**
 * The fonts every PDF the app writes is drawn with: Noto Sans 2.015 for Latin, Greek and
 * Cyrillic (French accents, typographic punctuation, arrows) and Noto Naskh Arabic for Arabic,
 * both SIL Open Font License 1.1, from the npm packages @embedpdf/fonts-latin and
 * @embedpdf/fonts-arabic (TrueType files with their OpenType GSUB/GPOS tables, which fontkit,
 * pdfkit's font engine, uses to join Arabic letters). They are read from node_modules, which
 * the desktop package carries in its ASAR and browser mode runs beside, so no printout depends
 * on the machine's fonts or on the network. pdfkit embeds only the glyphs a document uses.
 *
 * Why this Naskh (1.00) and not Noto Sans Arabic 2.x: the newer Arabic Noto fonts draw a
 * joined letter as a dotless skeleton plus separate dots, one skeleton glyph for ب ت ث ن ي;
 * a PDF maps each glyph to one character, so their text copies and reads back with the wrong
 * letters (seen with pdftotext: الخوف came back as الحوف). This one has a glyph per letter form.
 *
 * One chooser (`fontFor`) picks the font of each character: in a right-to-left run the Arabic
 * font when it has the glyph, elsewhere the Latin font when it has it, and the other one
 * otherwise.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import * as fontkit from 'fontkit'

/** A face of the text; Arabic has no italic, so an italic stretch of Arabic keeps its upright face. */
export type Weight = 'regular' | 'bold' | 'italic' | 'bold-italic'
export type FontKey = `latin-${Weight}` | `arabic-${'regular' | 'bold'}`

/** [package, file in its fonts/ folder] */
const files: Record<FontKey, [string, string]> = {
  'latin-regular': ['@embedpdf/fonts-latin', 'NotoSans-Regular.ttf'],
  'latin-bold': ['@embedpdf/fonts-latin', 'NotoSans-Bold.ttf'],
  'latin-italic': ['@embedpdf/fonts-latin', 'NotoSans-Italic.ttf'],
  'latin-bold-italic': ['@embedpdf/fonts-latin', 'NotoSans-BoldItalic.ttf'],
  'arabic-regular': ['@embedpdf/fonts-arabic', 'NotoNaskhArabic-Regular.ttf'],
  'arabic-bold': ['@embedpdf/fonts-arabic', 'NotoNaskhArabic-Bold.ttf'],
}

export const fontKeys = Object.keys(files) as FontKey[]

const resolveFrom = createRequire(import.meta.url)

/**
 * Where a font file is on this machine (inside node_modules, or the ASAR of the packaged app).
 * The packages export only their index (dist/), which lists the files of fonts/ beside it.
 */
export function fontPath(key: FontKey): string {
  const [pkg, file] = files[key]
  return join(dirname(resolveFrom.resolve(pkg)), '..', 'fonts', file)
}

interface Loaded {
  bytes: Buffer
  hasGlyph(codePoint: number): boolean
}

const loaded = new Map<FontKey, Loaded>()

/** The font's bytes (read once per process) and which characters it can draw. */
export function loadFont(key: FontKey): Loaded {
  let font = loaded.get(key)
  if (!font) {
    const bytes = readFileSync(fontPath(key))
    const face = fontkit.create(bytes) as fontkit.Font
    font = { bytes, hasGlyph: (cp) => face.hasGlyphForCodePoint(cp) }
    loaded.set(key, font)
  }
  return font
}

const chosen = new Map<string, FontKey>()

/** The font a character is drawn with, in a right-to-left run (odd bidi level) or not. */
export function fontFor(char: string, rightToLeft: boolean, weight: Weight): FontKey {
  const key = `${char}${rightToLeft ? 'r' : 'l'}${weight}`
  let font = chosen.get(key)
  if (!font) {
    const cp = char.codePointAt(0)!
    const arabic: FontKey = weight.startsWith('bold') ? 'arabic-bold' : 'arabic-regular'
    const [first, second]: [FontKey, FontKey] = rightToLeft ? [arabic, `latin-${weight}`] : [`latin-${weight}`, arabic]
    font = loadFont(first).hasGlyph(cp) || !loadFont(second).hasGlyph(cp) ? first : second
    chosen.set(key, font)
  }
  return font
}
