/**
 * The language of a document that does not say it: a count of the most common short
 * words of each language the app's users read (the interface's three and their
 * neighbours in the field), or the script for Arabic. A guess needs enough words to be
 * one; below that the record's language stays empty for the facilitator to fill in.
 */
const commonWords: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'are', 'this', 'be', 'on', 'as', 'by'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'sur', 'au', 'par'],
  es: ['el', 'los', 'las', 'y', 'del', 'que', 'en', 'una', 'por', 'para', 'con', 'se', 'es', 'al', 'como'],
  pt: ['o', 'os', 'as', 'e', 'do', 'da', 'dos', 'que', 'em', 'um', 'uma', 'para', 'com', 'não', 'por'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'eine', 'auf', 'für', 'sich'],
}
const wordSets = Object.entries(commonWords).map(([lang, words]) => [lang, new Set(words)] as const)

const MIN_WORDS = 40
const SAMPLE = 20_000

export function guessLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE)
  const arabic = (sample.match(/[\u0600-\u06ff]/g) ?? []).length
  const latin = (sample.match(/[a-zà-ÿ]/gi) ?? []).length
  if (arabic > 50 && arabic > latin) return 'ar'
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length < MIN_WORDS) return ''
  const scores = wordSets.map(([lang, set]) => [lang, words.filter((w) => set.has(w)).length] as const)
  scores.sort((a, b) => b[1] - a[1])
  const [best, second] = scores
  if (!best || best[1] < words.length * 0.05) return ''
  return second && best[1] < second[1] * 1.5 ? '' : best[0]
}
