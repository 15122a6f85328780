import type { ReactNode } from 'react'
import { Box, DataList, Heading, Text } from '@radix-ui/themes'
import { useTranslation } from 'react-i18next'
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

function Items({ items, ordered }: { items: string[]; ordered?: boolean }) {
  const { t } = useTranslation()
  if (!items.length)
    return (
      <Text as="p" size="2" color="gray">
        {t('methods.nothingYet')}
      </Text>
    )
  const List = ordered ? 'ol' : 'ul'
  return (
    <List className="method-items" dir="auto">
      {items.map((x, i) => (
        <li key={i}>{x}</li>
      ))}
    </List>
  )
}

/** A method laid out for reading: its facts, then purpose, steps, tips and the variations for mixed groups. */
export function MethodSections({ m }: { m: Method }) {
  const { t } = useTranslation()
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
            <span dir="auto">{m.materials || t('methods.nothingYet')}</span>
          </DataList.Value>
        </DataList.Item>
      </DataList.Root>
      <Section id="purpose" title={t('methods.sections.purpose')}>
        <Text as="p" size="3" dir="auto">
          {m.purpose || t('methods.nothingYet')}
        </Text>
      </Section>
      <Section id="steps" title={t('methods.sections.steps')}>
        <Items items={m.steps} ordered />
      </Section>
      <Section id="tips" title={t('methods.sections.tips')}>
        <Items items={m.tips} />
      </Section>
      <Section id="variations" title={t('methods.sections.variations')}>
        <Items items={m.variations} />
      </Section>
    </div>
  )
}
