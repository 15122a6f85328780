/**
 * The fonts every PDF the app writes is drawn with: Noto Sans for Latin, Greek and Cyrillic
 * (French accents, typographic punctuation, arrows) and Noto Sans Arabic for Arabic, both SIL
 * Open Font License 1.1, from the npm packages @expo-google-fonts/noto-sans and
 * @expo-google-fonts/noto-sans-arabic (TrueType files with their OpenType GSUB/GPOS tables,
 * which fontkit, pdfkit's font engine, uses to join Arabic letters). They are read from
 * node_modules, which the desktop package carries in its ASAR and browser mode runs beside, so
 * no printout depends on the machine's fonts or on the network. pdfkit embeds only the glyphs
 * a document uses.
 *
 * One chooser (`fontFor`) picks the font of each character: in a right-to-left run the Arabic
 * font when it has the glyph, elsewhere the Latin font when it has it, and the other one
 * otherwise.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as fontkit from 'fontkit'

export type Weight = 'regular' | 'bold'
export type FontKey = `${'latin' | 'arabic'}-${Weight}`

const files: Record<FontKey, string> = {
  'latin-regular': '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'latin-bold': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  'arabic-regular': '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  'arabic-bold': '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
}

export const fontKeys = Object.keys(files) as FontKey[]

const resolveFrom = createRequire(import.meta.url)

/** Where a font file is on this machine (inside node_modules, or the ASAR of the packaged app). */
export const fontPath = (key: FontKey): string => resolveFrom.resolve(files[key])

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

/** The font a character is drawn with, in a right-to-left run (odd bidi level) or not. */
export function fontFor(char: string, rightToLeft: boolean, weight: Weight): FontKey {
  const cp = char.codePointAt(0)!
  const [first, second]: [FontKey, FontKey] = rightToLeft
    ? [`arabic-${weight}`, `latin-${weight}`]
    : [`latin-${weight}`, `arabic-${weight}`]
  if (loadFont(first).hasGlyph(cp) || !loadFont(second).hasGlyph(cp)) return first
  return second
}
