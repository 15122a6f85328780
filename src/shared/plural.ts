/**
 * The plural form a count takes in a language, by the CLDR rules i18next also uses
 * (Arabic: zero, one, two, few, many, other). For the word sets written outside
 * i18next — the report and the printouts the main side composes.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

export const plural = (locale: string, n: number, forms: PluralForms): string =>
  forms[new Intl.PluralRules(locale).select(n)] ?? forms.other
