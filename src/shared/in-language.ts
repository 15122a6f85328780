/**
 * Text in the interface language. A record written in one language (the starter content is
 * written in English) may carry `translations` by language code — a glossary term's term and
 * definition, a method's purpose, materials, steps, tips and variations, a scenario's title and
 * setting. Each field is shown in the interface language when its translation says something,
 * and as written otherwise: field by field, so a translation left half done still shows.
 */

/** Something to show: a text with a word in it, or a list with at least one such item. */
export const saysSomething = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.trim() !== ''
    : Array.isArray(value) && value.some((x) => typeof x === 'string' && x.trim() !== '')

/**
 * A field in `language`: the translation when it says something (`lang` is then that language),
 * else the field as written (`lang` undefined: the language it was written in is not known).
 */
export function inLanguage<R extends { translations: object }, K extends keyof R & string>(
  record: R,
  field: K,
  language: string,
): { value: R[K]; lang: string | undefined } {
  const translated = (record.translations as Partial<Record<string, Partial<Record<string, unknown>>>>)[language]?.[
    field
  ]
  return saysSomething(translated)
    ? { value: translated as R[K], lang: language }
    : { value: record[field], lang: undefined }
}

/** Whether a record carries a translation that says something, in any language. */
export const hasTranslation = (record: { translations: object }): boolean =>
  Object.values(record.translations).some((texts: object | undefined) => Object.values(texts ?? {}).some(saysSomething))
