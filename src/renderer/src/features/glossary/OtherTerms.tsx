import { Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import type { GlossaryTerm } from '@shared/glossary'
import { isolate } from '../../i18n/isolate'

/**
 * The term in French, and in Arabic when the interface is in Arabic, where the entry has them:
 * "In French: sécurité humaine", "بالعربية: الأمن الإنساني". In brackets after a bold term
 * (the look-up) when `bracketed`.
 */
export function OtherTerms({
  term,
  bracketed = false,
}: {
  term: Pick<GlossaryTerm, 'translations'>
  bracketed?: boolean
}) {
  const { t, i18n } = useTranslation()
  const shown = [
    { lang: 'fr', key: 'glossary.inFrench', text: term.translations.fr?.term },
    { lang: 'ar', key: 'glossary.inArabic', text: i18n.language === 'ar' ? term.translations.ar?.term : undefined },
  ].filter((x) => x.text?.trim())
  return shown.map(({ lang, key, text }) => {
    const words = t(key, { term: isolate(text!) })
    return (
      <Text key={lang} size="2" color="gray" lang={lang}>
        {bracketed ? ` (${words})` : words}
      </Text>
    )
  })
}
