/**
 * Accent- and case-insensitive matching (French and Spanish material): text and
 * queries are folded the same way before they meet the index, and the query
 * parser keeps "quoted phrases" together.
 */
import { fold } from '@shared/text'

export { fold }

export const words = (s: string): string[] => fold(s).match(/[\p{L}\p{N}]+/gu) ?? []

export interface ParsedQuery {
  terms: string[]
  phrases: string[][]
  /** The last term is still being typed: match it as a prefix. */
  prefix: boolean
}

export function parseQuery(raw: string): ParsedQuery {
  const phrases: string[][] = []
  const rest = raw.replace(/"([^"]*)"?/g, (_m, inner: string) => {
    const ws = words(inner)
    if (ws.length) phrases.push(ws)
    return ' '
  })
  const loose = words(rest)
  const terms = [...new Set([...phrases.flat(), ...loose])]
  const prefix = loose.length > 0 && /[\p{L}\p{N}]$/u.test(raw)
  return { terms, phrases, prefix }
}

/** Does folded text hold every phrase as consecutive words? */
export function hasPhrases(foldedText: string, phrases: string[][]): boolean {
  if (!phrases.length) return true
  const ws = foldedText.match(/[\p{L}\p{N}]+/gu) ?? []
  const joined = ` ${ws.join(' ')} `
  return phrases.every((p) => joined.includes(` ${p.join(' ')} `))
}
