/** A search query as pdf.js find takes it: a quoted phrase as one string, loose words as any-of. */
export function findTerms(query: string): string | string[] {
  const phrase = /"([^"]+)"/.exec(query)?.[1]
  if (phrase) return phrase
  const words = query.split(/\s+/).filter(Boolean)
  return words.length === 1 ? words[0]! : words
}
