/** Glossary terms: definitions in our own words, with aliases, related terms and translations. */
import { z } from 'zod'
import { inLanguage } from './in-language'

export const glossaryLanguages = ['fr', 'ar', 'es'] as const

/** A term and its definition in another language. */
export const GlossaryTranslation = z.object({ term: z.string().max(300), definition: z.string().max(20_000) })

export const GlossaryFields = z.object({
  term: z.string().trim().min(1).max(300),
  definition: z.string().max(20_000),
  aliases: z.array(z.string().max(300)).max(50),
  related: z.array(z.string().max(300)).max(50),
  sourceId: z.string().nullable(),
  translations: z.partialRecord(z.enum(glossaryLanguages), GlossaryTranslation),
})
export type GlossaryFields = z.infer<typeof GlossaryFields>

export const GlossaryTerm = GlossaryFields.extend({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type GlossaryTerm = z.infer<typeof GlossaryTerm>

/** A term's definition in the interface language when a translation has one, else the definition as written. */
export function definitionIn(
  term: Pick<GlossaryTerm, 'definition' | 'translations'>,
  language: string,
): {
  text: string
  lang: string | undefined
} {
  const { value, lang } = inLanguage(term, 'definition', language)
  return { text: value.trim(), lang }
}
