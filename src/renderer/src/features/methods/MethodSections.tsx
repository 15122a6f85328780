import type { ReactNode } from 'react'
import { Box, DataList, Heading, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
import { inLanguage } from '@shared/in-language'
import type { Method } from '@shared/method'
import { groupText, timeText } from './method-facts'

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box asChild mt="5">
      <section aria-labelledby={`method-${id}`}>
        <Heading as="h2" size="4" mb="2" id={`method-${id}`}>
          {title}
        </Heading>
        {children}
      </section>
    </Box>
  )
}

function Items({ items, ordered, lang }: { items: string[]; ordered?: boolean; lang: string | undefined }) {
  const { t } = useTranslation()
  if (!items.length)
    return (
      <Text as="p" size="2" color="gray">
        {t('methods.nothingYet')}
      </Text>
    )
  const List = ordered ? 'ol' : 'ul'
  return (
    <List className="method-items" dir="auto" lang={lang}>
      {items.map((x, i) => (
        <li key={i}>{x}</li>
      ))}
    </List>
  )
}

/**
 * A method laid out for reading: its facts, then purpose, steps, tips and the variations for mixed
 * groups — each in the interface language where the method has it, else as written.
 */
export function MethodSections({ m }: { m: Method }) {
  const { t, i18n } = useTranslation()
  const shown = <K extends 'purpose' | 'materials' | 'steps' | 'tips' | 'variations'>(field: K) =>
    inLanguage(m, field, i18n.language)
  const materials = shown('materials')
  const purpose = shown('purpose')
  const steps = shown('steps')
  const tips = shown('tips')
  const variations = shown('variations')
  return (
    <div className="method-page">
      <DataList.Root mt="3">
        <DataList.Item>
          <DataList.Label>{t('methods.sections.group')}</DataList.Label>
          <DataList.Value>{groupText(t, m)}</DataList.Value>
        </DataList.Item>
        <DataList.Item>
          <DataList.Label>{t('methods.sections.time')}</DataList.Label>
          <DataList.Value>{timeText(t, m)}</DataList.Value>
        </DataList.Item>
        <DataList.Item>
          <DataList.Label>{t('methods.sections.materials')}</DataList.Label>
          <DataList.Value>
            <span dir="auto" lang={materials.lang}>
              {materials.value || t('methods.nothingYet')}
            </span>
          </DataList.Value>
        </DataList.Item>
      </DataList.Root>
      <Section id="purpose" title={t('methods.sections.purpose')}>
        <Text as="p" size="3" dir="auto" lang={purpose.lang}>
          {purpose.value || t('methods.nothingYet')}
        </Text>
      </Section>
      <Section id="steps" title={t('methods.sections.steps')}>
        <Items items={steps.value} lang={steps.lang} ordered />
      </Section>
      <Section id="tips" title={t('methods.sections.tips')}>
        <Items items={tips.value} lang={tips.lang} />
      </Section>
      <Section id="variations" title={t('methods.sections.variations')}>
        <Items items={variations.value} lang={variations.lang} />
      </Section>
    </div>
  )
}
